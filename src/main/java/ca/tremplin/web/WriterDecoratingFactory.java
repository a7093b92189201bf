package ca.tremplin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;

/**
 * A render kit factory whose render kits hand out their response writer wrapped in one of the application's: a way
 * to correct what every component writes, attribute by attribute, without replacing any renderer. Each subclass is
 * registered in faces-config.xml, and each wraps the writers of those declared before it.
 */
abstract class WriterDecoratingFactory extends RenderKitFactory {

    WriterDecoratingFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    /** The writer the page is written with, around the one the render kit created. */
    abstract ResponseWriter decorate(ResponseWriter created);

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new Decorating(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private final class Decorating extends RenderKitWrapper {

        Decorating(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            return created == null ? null : decorate(created);
        }
    }
}
