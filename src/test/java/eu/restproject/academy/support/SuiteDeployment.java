package eu.restproject.academy.support;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SuiteDeployer}, so that the Arquillian test classes of a stage share one
 * deployment. Loaded on the client side only, through
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} in the test resources,
 * which the deployment does not contain.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployer.class);
    }
}
