package ca.tremplin.inquiry;

import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An opened request: the centre's part, the request as submitted, the person (lead) with all their requests to
 * this centre and their timeline, the programs of this centre they asked about with their next intakes; for the
 * coordination, which routes it, the centre the person chose on the form ({@code chosenCentre}: null when they chose
 * none, or no centre has that address's name any longer).
 */
public record InquiryDetail(RoutedInquiry routed, Inquiry inquiry, Lead lead, List<RoutedInquiry> requestsOfLead,
                            List<LeadEvent> timeline, List<ProgramIntakes> programs,
                            ca.tremplin.tenant.Tenant chosenCentre) {

    /** The centre the person chose, in the reader's language; "—" when they chose none. */
    public String chosenCentreName(java.util.Locale language) {
        return ChosenCentre.named(inquiry.getRequestedTenantSlug(), chosenCentre == null ? null
                : chosenCentre.getNameFr(), chosenCentre == null ? null : chosenCentre.getNameEn(), language);
    }

    /** A program asked about and its next open intakes; {@code archived} when the centre no longer offers it. */
    public record ProgramIntakes(long programId, String code, String titleFr, String titleEn,
                                 List<LocalDate> nextIntakes, boolean archived) {

        public String title(java.util.Locale locale) {
            return ca.tremplin.kernel.Languages.isEnglish(locale) ? titleEn : titleFr;
        }
    }
}
