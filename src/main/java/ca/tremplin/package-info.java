/**
 * Tremplin: recruitment and applicant tracking for vocational training.
 *
 * <p>Packages are features ({@code tenant}, {@code security}, {@code mail}, ...); inside each, the entity, its
 * repository (queries), its service (use cases and transactions) and its JSF beans or REST resources sit side
 * by side. {@code kernel} holds the few things every feature shares. See {@code docs/architecture.md}.
 */
package ca.tremplin;
