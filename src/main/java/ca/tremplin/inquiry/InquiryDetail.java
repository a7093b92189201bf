package ca.tremplin.inquiry;

import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An opened request: the centre's part, the request as submitted, the person (lead) with all their requests to
 * this centre and their timeline, the programs of this centre they asked about with their next intakes; for the
 * coordination, which routes it, the centre the person chose on the form ({@code chosenCentre}: null when they chose
 * none, or no centre has that address's name any longer) and every centre's part of the request ({@code parts}: empty
 * for a centre's staff, who see their own part alone).
 */
public record InquiryDetail(RoutedInquiry routed, Inquiry inquiry, Lead lead, List<RoutedInquiry> requestsOfLead,
                            List<LeadEvent> timeline, List<ProgramIntakes> programs,
                            ca.tremplin.tenant.Tenant chosenCentre, List<RequestPart> parts) {

    /**
     * One centre's part of the request, as the coordination follows it across centres: the centre, the programs
     * asked of it, where the part stands, and the centre a part was handed to ({@code handedToFr}, null when none).
     * The coordination's own part holds the programs of the centres that have no part of their own (nobody to answer
     * there yet, or not handed over yet).
     */
    public record RequestPart(long routedId, String centreFr, String centreEn, List<PartProgram> programs,
                              InquiryStatus status, String handedToFr, String handedToEn) {

        public RequestPart {
            programs = List.copyOf(programs);
        }

        public String centre(java.util.Locale language) {
            return inLanguage(centreFr, centreEn, language);
        }

        public String handedTo(java.util.Locale language) {
            return handedToFr == null ? null : inLanguage(handedToFr, handedToEn, language);
        }
    }

    /** A program asked of a centre, by its type and code and its title in each language. */
    public record PartProgram(String code, String titleFr, String titleEn) {

        public String named(java.util.Locale language) {
            return code + " — " + inLanguage(titleFr, titleEn, language);
        }
    }

    /** The English text for a reader of English when there is one; else the French, which every centre gives. */
    private static String inLanguage(String french, String english, java.util.Locale language) {
        return ca.tremplin.kernel.Languages.isEnglish(language) && english != null ? english : french;
    }

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
