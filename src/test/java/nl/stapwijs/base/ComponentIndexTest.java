package nl.stapwijs.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.index.CandidateComponentsIndexLoader;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Start-up finds the components in META-INF/spring.components, which the build writes
 * (spring-context-indexer), instead of reading every class file. A component the index lacks
 * would silently be missing at run time, so the index is checked against a real scan.
 */
class ComponentIndexTest {

    private static final String PACKAGE = "nl.stapwijs";

    @Test
    void the_build_writes_a_component_index() {
        assertThat(CandidateComponentsIndexLoader.loadIndex(getClass().getClassLoader())).isNotNull();
    }

    @Test
    void the_component_index_lists_every_component_a_scan_of_the_class_files_finds() {
        Set<String> indexed = candidates(getClass().getClassLoader());
        Set<String> scanned = candidates(new WithoutIndex(getClass().getClassLoader()));

        assertThat(scanned).hasSizeGreaterThan(50).contains("nl.stapwijs.base.BaseConfiguration");
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(scanned);
    }

    private static Set<String> candidates(ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(true);
        provider.setResourceLoader(new DefaultResourceLoader(loader));
        return provider.findCandidateComponents(PACKAGE).stream().map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
    }

    /** The class path as it is, but with no component index on it: Spring falls back to scanning. */
    private static final class WithoutIndex extends ClassLoader {

        WithoutIndex(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals(CandidateComponentsIndexLoader.COMPONENTS_RESOURCE_LOCATION)
                    ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
