package eu.restproject.academy.support;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys {@link Deployments#suite()} once per test run instead of once per test class. The Payara
 * Micro container starts a new server for every deployment (about 30 s); the test classes already
 * keep their data apart, so one server per stage is enough.
 *
 * <p>Arquillian generates, deploys and undeploys a {@link DeploymentScenario} around each test
 * class. Here the first class generates the suite's scenario from {@link Deployments} and every
 * later class is given that same scenario: the same deployment objects, so their deployment context
 * (which holds the protocol metadata the tests are invoked through) is found again. The per-class
 * deploy is done only once and the per-class undeploy not at all; the deployment goes at the end of
 * the suite, before the container stops. A test class that declares its own {@code @Deployment} is
 * refused, since it would silently run on the suite's. (A common base class would not help: Arquillian
 * deploys around every test class, whatever it extends.)
 */
public class SuiteDeployer {

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<GenerateDeployment> generateDeployment;

    @Inject
    private Event<UnDeployManagedDeployments> undeployManaged;

    private DeploymentScenario suite;
    private boolean deployed;
    private boolean suiteEnds;

    public void generate(@Observes EventContext<GenerateDeployment> event) {
        TestClass testClass = event.getEvent().getTestClass();
        if (testClass.getJavaClass() == Deployments.class) {
            event.proceed();
            return;
        }
        if (testClass.getMethods(Deployment.class).length > 0) {
            // It would be ignored: say so rather than run the class on a deployment it did not ask for.
            throw new IllegalStateException(testClass.getName()
                    + " has its own @Deployment; the test classes share Deployments.suite(): add what it needs there");
        }
        if (suite == null) {
            generateDeployment.fire(new GenerateDeployment(new TestClass(Deployments.class)));
            suite = scenario.get();
        } else {
            scenario.set(suite);
        }
    }

    public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
        if (!deployed) {
            event.proceed();
            deployed = true;
        }
    }

    public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
        if (suiteEnds) {
            event.proceed();
        }
    }

    /** Runs before the container controller's own observer, which stops the containers. */
    public void undeploy(@Observes(precedence = 10) AfterSuite event) {
        if (!deployed) {
            return;
        }
        ClassContext context = classContext.get();
        context.activate(Deployments.class);
        try {
            scenario.set(suite);
            suiteEnds = true;
            undeployManaged.fire(new UnDeployManagedDeployments());
        } finally {
            context.deactivate();
            context.destroy(Deployments.class);
        }
    }
}
