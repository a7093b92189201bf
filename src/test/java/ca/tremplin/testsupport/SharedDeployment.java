package ca.tremplin.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps one deployment on the server across test classes. Arquillian deploys before each class and undeploys after
 * it; deploying the application takes several seconds, so a class whose archive holds exactly the same entries as
 * the one already on the server reuses it (its address and protocol included) instead. A class that needs a
 * different archive replaces it, and the next class puts the shared one back. The last deployment is removed when
 * the server stops, so that a server kept between runs starts empty.
 *
 * <p>Runs inside Arquillian's deployment context (lower precedence than the handler that activates it), which is where
 * the reused deployment's metadata must be recorded for {@code @ArquillianResource URL} and the servlet protocol.
 */
public class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    private DeployableContainer<?> container;
    private Archive<?> deployedArchive;
    private String deployedFingerprint;
    private ProtocolMetaData deployedMetaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Instance<ProtocolMetaData> currentMetaData;

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        DeploymentDescription wanted = event.getDeployment().getDescription();
        if (!wanted.isArchiveDeployment()) {
            context.proceed();
            return;
        }
        Archive<?> archive = wanted.getTestableArchive() != null ? wanted.getTestableArchive() : wanted.getArchive();
        String fingerprint = fingerprint(archive);
        if (fingerprint.equals(deployedFingerprint) && container == event.getDeployableContainer()) {
            description.set(wanted);
            deployment.set(event.getDeployment());
            protocolMetaData.set(deployedMetaData);
            event.getDeployment().deployed();
            return;
        }
        removeDeployed();
        context.proceed();
        if (event.getDeployment().isDeployed()) {
            container = event.getDeployableContainer();
            deployedArchive = archive;
            deployedFingerprint = fingerprint;
            deployedMetaData = currentMetaData.get();
        }
    }

    /** Leaves the archive deployed for the next class; Arquillian only learns that this class is done with it. */
    public void keep(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        if (deployedFingerprint == null) {
            context.proceed();
            return;
        }
        context.getEvent().getDeployment().undeployed();
    }

    public void removeBeforeStop(@Observes BeforeStop event) throws DeploymentException {
        removeDeployed();
    }

    private void removeDeployed() throws DeploymentException {
        if (deployedArchive != null) {
            LOG.fine(() -> "Undeploying " + deployedArchive.getName());
            container.undeploy(deployedArchive);
        }
        container = null;
        deployedArchive = null;
        deployedFingerprint = null;
        deployedMetaData = null;
    }

    /** The archive's name and the paths of everything it holds: equal for archives built the same way. */
    static String fingerprint(Archive<?> archive) {
        TreeSet<String> paths = new TreeSet<>();
        archive.getContent().keySet().forEach(path -> paths.add(path.get()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(archive.getName().getBytes(StandardCharsets.UTF_8));
            for (String path : paths) {
                digest.update((path + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
