package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquirySettingsService;
import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.person.Lead;
import ca.tremplin.person.MailingConsents;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.tenant.TenantContext;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CASL at the time of sending: consent implied by an information request lasts six months; after that, a person
 * who never ticked the news box is left out of the centre's bulk e-mail, and the sender is told how many were left
 * out and why. Express consent does not lapse; a recent request's implied consent still allows the message.
 */
class CaslConsentIT extends InServerTest {

    @Inject
    LeadListService list;

    @Inject
    InquirySettingsService settings;

    @Inject
    DatabaseRows rows;

    @Test
    void aLapsedImpliedConsentIsLeftOutOfABulkEmailAndTheSenderIsToldWhy() throws SQLException {
        TestCentre centre = fixtures.newCentre("casl");
        Lead lapsed = lead(centre, false, 7);
        Lead express = lead(centre, true, 7);
        Lead recent = lead(centre, false, 1);
        String subject = "Portes ouvertes " + UUID.randomUUID();
        long templateId;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            templateId = settings.saveTemplate(new ReplyTemplate(subject, "fr", subject, "Bonjour {firstName}"))
                    .getId();
        }

        LeadListService.BulkResult result;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            result = list.email(List.of(lapsed.getId(), express.getId(), recent.getId()), templateId);
        }

        assertEquals(2, result.done(), "express consent, and implied consent less than six months old");
        assertEquals(List.of(lapsed.fullName()), result.leftOut());
        assertEquals(Map.of(MailingConsents.Standing.LAPSED.messageKey(), 1), result.whyLeftOut(),
                "how many, and why");
        assertEquals(List.of(express.getEmail(), recent.getEmail()).stream().sorted().toList(),
                rows.strings("select recipient from outbox_message where subject = ? order by recipient", subject),
                "no message to the person whose implied consent lapsed");
    }

    /** A lead whose only request, with or without the news box ticked, was sent that many months ago. */
    private Lead lead(TestCentre centre, boolean news, int monthsAgo) throws SQLException {
        InquiryRequest request = InquiryRequests.complete(InquiryRequests.uniqueEmail(), centre.program().getId());
        request.setConsentToNews(news);
        Lead lead = fixtures.newLead(centre.tenant(), request);
        Timestamp then = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo));
        rows.execute("update consent_record set given_at = ? where inquiry_id in"
                + " (select r.inquiry_id from routed_inquiry r where r.lead_id = ?)", then, lead.getId());
        return lead;
    }
}
