package ca.tremplin.startup;

import ca.tremplin.catalog.CatalogIndex;
import ca.tremplin.demo.DemoDataLoader;
import ca.tremplin.kernel.SchemaMigrator;
import ca.tremplin.mail.OutboxDispatcher;
import ca.tremplin.security.FirstPlatformAdmin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What happens once when the application starts, in this order: migrate the schema, rekey the hashes of addresses
 * kept without a key before V101, erase again the people whose
 * erasure is recorded but whom a restored backup brought back, and withdraw again the showcase profiles it brought back
 * whose withdrawal it undid, create the first platform admin if the environment
 * names one, load demo data if asked, start building the catalogue's search
 * index (in the background: searches wait for it, the server's readiness does not),
 * start the demo's mail server if the demo names its port, then start sending mail, reading bounces (when a
 * mailbox is configured) and sending reminders, and routing information requests, and resume the imports a stopped server left running (then, every few seconds, those of a server fallen silent). A failed
 * migration fails the deployment: better no service than one on the wrong schema.
 */
@ApplicationScoped
public class StartupSequence {

    @Inject
    SchemaMigrator schema;

    @Inject
    FirstPlatformAdmin firstPlatformAdmin;

    @Inject
    DemoDataLoader demoData;

    @Inject
    CatalogIndex catalogIndex;

    @Inject
    OutboxDispatcher outbox;

    @Inject
    ca.tremplin.mail.BounceMailbox bounceMailbox;

    @Inject
    ca.tremplin.demomailbox.DemoSmtpServer demoSmtpServer;

    @Inject
    ca.tremplin.inquiry.InquiryRouter inquiryRouter;

    @Inject
    ca.tremplin.event.EventReminders eventReminders;

    @Inject
    ca.tremplin.leadimport.InterruptedImports interruptedImports;

    @Inject
    ca.tremplin.leadimport.ImportHeartbeat importHeartbeat;

    @Inject
    ca.tremplin.leadimport.ImportFileRetention importFileRetention;

    @Inject
    ca.tremplin.person.RetentionJob retentionJob;

    @Inject
    ca.tremplin.kernel.UnkeyedHashesRekeyed unkeyedHashesRekeyed;
    @Inject
    ca.tremplin.person.ErasedAgainAfterRestore erasedAgainAfterRestore;
    @Inject
    ca.tremplin.showcase.WithdrawnAgainAfterRestore withdrawnAgainAfterRestore;

    @Inject
    ca.tremplin.report.ScheduledReportJob scheduledReports;

    @Inject
    ca.tremplin.inquiry.ClosedCentreRequests closedCentreRequests;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        schema.migrate();
        unkeyedHashesRekeyed.rekeyAcrossAllTenants();
        erasedAgainAfterRestore.eraseThoseRecordedAsErased();
        withdrawnAgainAfterRestore.withdrawThoseRecordedAsWithdrawnAcrossAllTenants();
        firstPlatformAdmin.createFromEnvironmentIfMissing();
        demoData.loadIfRequested();
        catalogIndex.buildInBackgroundAndKeepFresh();
        demoSmtpServer.startIfRequested();
        outbox.start();
        bounceMailbox.start();
        inquiryRouter.start();
        eventReminders.start();
        interruptedImports.resumeAll();
        importHeartbeat.start();
        importFileRetention.start();
        retentionJob.start();
        scheduledReports.start();
        closedCentreRequests.start();
    }
}
