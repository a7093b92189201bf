package ca.tremplin.inquiry;

import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.ServiceUnavailableException;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.HeardFrom;
import ca.tremplin.web.CampaignTouches;
import ca.tremplin.web.InquiryPaths;
import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The public information request form. Holds what the visitor typed and a submission token made when the form
 * is first shown and carried by the page in a hidden field: a double click, a refresh or a resubmitted form
 * carries the same token, and the service answers the first receipt again. Checks nothing itself: the service's
 * validator names each bad field, and the message is shown next to it.
 *
 * <p>The page is a stateless view and this bean lives for one request: a campaign brings thousands of visitors
 * in an hour, and neither a view state nor a bean is then kept in memory for each of them between the page and
 * its submission. Everything the submission needs comes back with it (the fields, the token, the address's
 * parameters).
 */
@Named
@RequestScoped
public class InquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "inquiry";
    /** What a token made here looks like; anything else sent back is replaced by a new one. */
    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    transient InquiryService service;

    @Inject
    transient LanguagePreference language;

    @Inject
    transient HttpServletRequest request;

    private final InquiryRequest typed = new InquiryRequest();
    private String submissionToken = UUID.randomUUID().toString();
    private List<AskedProgram> selectedPrograms = new ArrayList<>();
    private SubmissionReceipt receipt;
    private Boolean centreAnswers;
    private boolean unavailable;
    private String privacyContact;
    private String schoolBoardName;
    private boolean schoolBoardNameRead;

    @PostConstruct
    void readAddress() {
        typed.setSchoolBoard(service.schoolBoardOfLink(parameter("css")));
        // On a submission the chosen programs come back in their own field, the address's are only the first
        // choice; and the page's other details are read only if the form is shown again.
        if (!FacesContext.getCurrentInstance().isPostback()) {
            InquiryService.FormDetails details = service.formDetails(typed.getSchoolBoard(),
                    programsOfAddress(), language.getLocale());
            selectedPrograms = new ArrayList<>(AskedProgram.inOrder(details.programs(), language.getLocale()));
            privacyContact = details.privacyContact();
            schoolBoardName = details.schoolBoardName();
            schoolBoardNameRead = true;
        }
        InquiryRequest.Attribution attribution = typed.getAttribution();
        attribution.setUtmSource(parameter("utm_source"));
        attribution.setUtmMedium(parameter("utm_medium"));
        attribution.setUtmCampaign(parameter("utm_campaign"));
        attribution.setUtmTerm(parameter("utm_term"));
        attribution.setUtmContent(parameter("utm_content"));
        // The link's values are not the visitor's to correct: one too long is cut, never a reason to refuse the form
        // (the whole address stays in the landing page).
        attribution.setCampaignCode(clipped(parameter("code"), InquiryValidator.CAMPAIGN_CODE_MAX));
        attribution.setReferrer(address(request.getHeader("Referer")));
        String query = request.getQueryString();
        attribution.setLandingPage(address(InquiryPaths.form(language.getLocale()) + (query == null ? "" : "?" + query)));
    }

    /** The programs the address names (a link from a program page), at most ten; mangled ones are left out. */
    private List<Long> programsOfAddress() {
        String[] programs = request.getParameterValues("program");
        List<Long> ids = new ArrayList<>();
        if (programs != null) {
            for (String program : programs) {
                try {
                    ids.add(Long.parseLong(program.strip()));
                } catch (NumberFormatException ignored) {
                    // A mangled link still opens the form, without that program.
                }
            }
        }
        return ids.stream().limit(10).toList();
    }

    public void submit() {
        // The form keeps no view state (its page is stateless), so nothing else would keep a page of another site from
        // making each of its visitors' browsers send a request in a name of its choosing, each from another address,
        // past the per-address limit and the allowed origins of the API (InquiryCorsFilter).
        if (!ca.tremplin.web.StaffOriginFilter.comesFromThisSite(request)
                && !ca.tremplin.web.StaffOriginFilter.namesThisHost(request)) {
            message(null, ca.tremplin.kernel.Messages.get(language.getLocale(), "inquiry.crossSite"));
            return;
        }
        typed.setProgramIds(askedIds(selectedPrograms));
        // A program withdrawn while the form was open: refused with the other fields' problems, all said at once.
        List<FieldProblem> withdrawn = withdrawnMeanwhile(selectedPrograms);
        unavailable = false;
        try {
            receipt = service.submit(typed, new SubmissionContext(submissionToken, Inquiry.Channel.FORM,
                    request.getRemoteAddr(), language.getLocale(), CampaignTouches.of(request)), withdrawn);
        } catch (InvalidInquiryException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                message(FORM_ID + ":" + problem.field(), problem.message(language.getLocale()));
            }
        } catch (RateLimitedException limited) {
            message(null, ca.tremplin.kernel.Messages.get(language.getLocale(), "inquiry.rateLimited",
                    Math.max(1, (limited.retryAfterSeconds() + 59) / 60)));
        } catch (IdempotencyConflictException conflict) {
            message(null, ca.tremplin.kernel.Messages.get(language.getLocale(), "inquiry.conflict"));
        } catch (ServiceUnavailableException down) {
            unavailable = true;
        }
    }

    /**
     * The programs the request asks about: those still offered, and a number no program can have (zero or negative,
     * a value sent by hand), which the validator refuses as no program ({@code inquiry.invalid.programId}) rather
     * than the form saying it is no longer offered.
     */
    static List<Long> askedIds(List<AskedProgram> chosen) {
        return chosen.stream().filter(program -> program.offered() || !program.mayHaveBeenOffered())
                .map(AskedProgram::id).toList();
    }

    /** A real program chosen and no longer published when the form was sent: said with the other problems. */
    static List<FieldProblem> withdrawnMeanwhile(List<AskedProgram> chosen) {
        return chosen.stream().anyMatch(program -> !program.offered() && program.mayHaveBeenOffered())
                ? List.of(new FieldProblem("programIds", "inquiry.invalid.programWithdrawn")) : List.of();
    }

    /**
     * The programs the chooser proposes for what was typed: the most relevant the search finds, offered as every list
     * of programs is ordered (DEP, ASP, then AEP, each by title in the page's language).
     */
    public List<AskedProgram> completePrograms(String text) {
        return AskedProgram.inOrder(service.searchPublishedPrograms(text), language.getLocale());
    }

    public List<Education> getEducations() {
        return List.of(Education.values());
    }

    public List<FrenchLevel> getFrenchLevels() {
        return List.of(FrenchLevel.values());
    }

    public List<HeardFrom> getHeardFromChoices() {
        return List.copyOf(EnumSet.allOf(HeardFrom.class));
    }

    public String consentText(String purpose) {
        return ConsentTexts.of(ConsentPurpose.valueOf(purpose), language.getLocale()).text();
    }

    /** Read when the page shows it, not for a submission that ends on the confirmation. */
    public String getPrivacyContact() {
        if (privacyContact == null) {
            privacyContact = service.privacyContact(typed.getSchoolBoard(), language.getLocale());
        }
        return privacyContact;
    }

    /** Whether the centre named answers the request itself (else the coordinating organisation does, for now). */
    public boolean isCentreAnswers() {
        if (centreAnswers == null) {
            centreAnswers = typed.getSchoolBoard() != null && service.centreAnswers(typed.getSchoolBoard());
        }
        return centreAnswers;
    }

    public String getSchoolBoardName() {
        if (!schoolBoardNameRead && typed.getSchoolBoard() != null) {
            schoolBoardName = service.schoolBoardName(typed.getSchoolBoard(), language.getLocale());
            schoolBoardNameRead = true;
        }
        return schoolBoardName;
    }

    public InquiryRequest getTyped() {
        return typed;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        if (submissionToken != null && TOKEN.matcher(submissionToken).matches()) {
            this.submissionToken = submissionToken;
        }
    }

    /**
     * Where the visitor came from before the form: read from the first page load and carried by the page, since
     * the submission's own referrer is the form itself.
     */
    public String getReferrer() {
        return typed.getAttribution().getReferrer();
    }

    public void setReferrer(String referrer) {
        typed.getAttribution().setReferrer(address(referrer));
    }

    public List<AskedProgram> getSelectedPrograms() {
        return selectedPrograms;
    }

    public void setSelectedPrograms(List<AskedProgram> selectedPrograms) {
        this.selectedPrograms = selectedPrograms == null ? new ArrayList<>() : new ArrayList<>(selectedPrograms);
    }

    public SubmissionReceipt getReceipt() {
        return receipt;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /**
     * A chosen program's label; a program withdrawn while the form was open is named as withdrawn, for the visitor to
     * take out.
     */
    public String programLabel(Object program) {
        if (program instanceof AskedProgram asked) {
            return asked.offered() ? asked.label(language.getLocale())
                    : ca.tremplin.kernel.Messages.get(language.getLocale(), "inquiry.form.programWithdrawn");
        }
        // PrimeFaces gives back every choice of the field as sent, the published ones too: each is named again.
        try {
            return service.publishedPrograms(List.of(Long.parseLong(String.valueOf(program).strip()))).stream()
                    .findFirst().map(asked -> asked.label(language.getLocale()))
                    .orElseGet(() -> ca.tremplin.kernel.Messages.get(language.getLocale(),
                            "inquiry.form.programWithdrawn"));
        } catch (NumberFormatException unreadable) {
            return ca.tremplin.kernel.Messages.get(language.getLocale(), "inquiry.form.programWithdrawn");
        }
    }

    private String parameter(String name) {
        return clipped(request.getParameter(name));
    }

    /** Attribution is kept as long as the schema allows, never refused for its length. */
    private static String clipped(String value) {
        return clipped(value, InquiryValidator.ATTRIBUTION_MAX);
    }

    /**
     * A referrer or the landing page, kept to the length its column and the API keep (a campaign link's UTM
     * parameters with an advertiser's click id pass 200 characters).
     */
    private static String address(String value) {
        return clipped(value, InquiryValidator.ADDRESS_MAX);
    }

    private static String clipped(String value, int most) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= most ? stripped : stripped.substring(0, most);
    }

    private static void message(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

}
