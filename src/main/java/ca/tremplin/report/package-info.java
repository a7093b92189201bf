/**
 * Funnel reports: what worked, for one school service centre or, for the coordinating organisation, across all of
 * them with each centre shown apart. {@link ca.tremplin.report.FunnelReports} answers a {@link
 * ca.tremplin.report.ReportQuery} (a period of new leads, an "as of" date, how stages are counted, up to three
 * filters and a breakdown, all read from the address by {@link ca.tremplin.report.ReportAddress}) with grouped
 * queries over the leads' stage history ({@link ca.tremplin.person.StageChange}), requests and event registrations,
 * tenant-filtered by Hibernate like every query; only the coordinator's report crosses tenants, through
 * {@code Tenancy.acrossAllTenants}. {@link ca.tremplin.report.ReportsPage} draws it as charts with a table beside
 * each, whose links open the lead list with the same filters; {@link ca.tremplin.report.ReportFiles} writes it as
 * CSV or XLSX. It sits above the pipeline, whose lead list it links to.
 */
package ca.tremplin.report;
