package ca.tremplin.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A form sent by a browser whose scripts did not run (a poor connection abroad, scripts blocked) still gets its
 * answer page. PrimeFaces' Content Security Policy keeps a nonce per view and expects its script to send it back
 * with every post; without it, the check fails only when the answer is rendered, after the form's action has run:
 * an application or a profile was saved, and its sender was shown an error page saying nothing was, so they tried
 * again and were told they had applied already. A post without the nonce is read here as carrying the view's own,
 * which is what the script would have sent; a post that carries another one is still refused by PrimeFaces. The
 * nonce is no protection against forged posts (the view state is): the page that holds the form shows it.
 * Registered in faces-config.xml.
 */
public class CspNonceWithoutScripts extends ExternalContextFactory {

    static final String NONCE = "primefaces.nonce";
    private static final String GENERATED = CspNonceWithoutScripts.class.getName() + ".generated";

    public CspNonceWithoutScripts(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new Carrying(getWrapped().getExternalContext(context, request, response));
    }

    private static final class Carrying extends ExternalContextWrapper {

        Carrying(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public Map<String, String> getRequestParameterMap() {
            Map<String, String> parameters = super.getRequestParameterMap();
            if (parameters.containsKey(NONCE) || !"POST".equals(methodOf())) {
                return parameters;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            UIViewRoot view = faces == null ? null : faces.getViewRoot();
            Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
            Object nonce = viewMap == null ? null : viewMap.get(NONCE);
            if (nonce == null && view != null && (view.isTransient() || StatelessViews.isStateless(view))) {
                // A page that keeps no view state (the public forms, sign-in) keeps no nonce either: PrimeFaces takes
                // the one the post carries, whatever it is, and a post without one fails. One of this request's own
                // stands for it, the same for every reading of the parameters.
                nonce = getWrapped().getRequestMap().computeIfAbsent(GENERATED, key -> java.util.Base64.getEncoder()
                        .encodeToString(java.util.UUID.randomUUID().toString().getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)));
            }
            if (nonce == null) {
                return parameters;
            }
            Map<String, String> withNonce = new HashMap<>(parameters);
            withNonce.put(NONCE, nonce.toString());
            return Collections.unmodifiableMap(withNonce);
        }

        private String methodOf() {
            Object request = getWrapped().getRequest();
            return request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getMethod() : "";
        }
    }
}
