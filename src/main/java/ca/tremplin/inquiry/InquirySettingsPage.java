package ca.tremplin.inquiry;

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
    transient InboxService inbox;

    @Inject
    transient PageMessages messages;

    private RoutingRule routingRule;
    private int responseHours;
    private String allowedOrigins;
    private long version;
    private List<ReplyTemplate> templates;
    private ReplyTemplate editedTemplate = new ReplyTemplate();

    @PostConstruct
    void load() {
        InquirySettings settings = inbox.settings();
        routingRule = settings.getRoutingRule();
        responseHours = settings.getResponseBusinessHours();
        allowedOrigins = settings.getAllowedOrigins();
        version = settings.getVersion();
        templates = inbox.templates();
    }

    public void save() {
        try {
            InquirySettings saved = inbox.saveSettings(routingRule, responseHours, allowedOrigins, version);
            version = saved.getVersion();
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
        inbox.saveTemplate(editedTemplate);
        messages.info("inquirySettings.templateSaved");
        templates = inbox.templates();
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

    public List<ReplyTemplate> getTemplates() {
        return templates;
    }

    public ReplyTemplate getEditedTemplate() {
        return editedTemplate;
    }
}
