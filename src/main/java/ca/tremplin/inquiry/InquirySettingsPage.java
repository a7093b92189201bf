package ca.tremplin.inquiry;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A centre admin's settings for information requests: the routing rule, the business hours to answer, the web
 * origins allowed to post to the API, and the reply templates.
 */
@Named
@ViewScoped
public class InquirySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquirySettingsService service;

    @Inject
    PageMessages messages;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    private transient List<ca.tremplin.security.StaffChange> history;
    private transient java.util.Map<Long, String> actors;

    private RoutingRule routingRule;
    private int responseHours;
    private String allowedOrigins;
    private long version;
    private String mapping;
    private List<ReplyTemplate> templates;
    private ReplyTemplate editedTemplate = new ReplyTemplate();

    @PostConstruct
    void load() {
        InquirySettings settings = service.settings();
        routingRule = settings.getRoutingRule();
        responseHours = settings.getResponseBusinessHours();
        allowedOrigins = settings.getAllowedOrigins();
        version = settings.getVersion();
        mapping = service.mapping(routingRule);
        templates = service.templates();
    }

    public void save() {
        history = null;
        try {
            InquirySettings saved = service.save(routingRule, responseHours, allowedOrigins, mapping, version);
            version = saved.getVersion();
            mapping = service.mapping(routingRule);
            allowedOrigins = saved.getAllowedOrigins();
            messages.info("inquirySettings.saved");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void edit(ReplyTemplate template) {
        editedTemplate = template;
    }

    public void newTemplate() {
        editedTemplate = new ReplyTemplate();
    }

    public void saveTemplate() {
        history = null;
        try {
            service.saveTemplate(editedTemplate);
        } catch (ca.tremplin.kernel.BusinessRuleException refused) {
            // What was typed stays in the form, to be renamed or copied.
            messages.explain(refused);
            return;
        }
        messages.info("inquirySettings.templateSaved");
        templates = service.templates();
        editedTemplate = new ReplyTemplate();
    }

    public RoutingRule[] getRules() {
        return RoutingRule.values();
    }

    public RoutingRule getRoutingRule() {
        return routingRule;
    }

    public void setRoutingRule(RoutingRule routingRule) {
        this.routingRule = routingRule;
    }

    public int getResponseHours() {
        return responseHours;
    }

    public void setResponseHours(int responseHours) {
        this.responseHours = responseHours;
    }

    public String getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(String allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
    }

    public List<ReplyTemplate> getTemplates() {
        return templates;
    }

    public ReplyTemplate getEditedTemplate() {
        return editedTemplate;
    }

    /** Who changed the routing settings and templates, when, from what to what (newest first). */
    public List<ca.tremplin.security.StaffChange> getHistory() {
        if (history == null) {
            history = changes.ofSettings();
            actors = changes.actorNames(history);
        }
        return history;
    }

    /** The name of who made a change; "—" for the system or an account since removed. */
    public String actorName(Long actorId) {
        getHistory();
        return actorId == null ? MissingValue.MARK : actors.getOrDefault(actorId, MissingValue.MARK);
    }
}
