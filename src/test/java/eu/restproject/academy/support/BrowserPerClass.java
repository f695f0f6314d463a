package eu.restproject.academy.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless browser for a whole test class, put into the class's {@code static Browser} field
 * before its first test and closed after its last: a browser start costs seconds, and the tests of
 * a class follow one person through the platform anyway.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        field(context).set(null, new Browser());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        Field field = field(context);
        Browser browser = (Browser) field.get(null);
        field.set(null, null);
        if (browser != null) {
            browser.close();
        }
    }

    private static Field field(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Field field = Arrays.stream(testClass.getDeclaredFields())
                .filter(f -> f.getType() == Browser.class && Modifier.isStatic(f.getModifiers()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(testClass.getName() + " has no static Browser field"));
        field.setAccessible(true);
        return field;
    }
}
