package ca.tremplin.testsupport;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedDeployment} with Arquillian on the client side (see META-INF/services). */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }
}
