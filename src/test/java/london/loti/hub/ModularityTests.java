package london.loti.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries of architecture.md hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(LotiHubApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Writes docs/modules again, but only the files whose diagram or canvas changed. */
    @Test
    void keepsTheModuleDocumentationCurrent() throws IOException {
        Path generated = Path.of("target", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Path committed = DOCS.resolve(file.getFileName().toString());
                if (!Files.exists(committed) || !normalised(file).equals(normalised(committed))) {
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        modules.forEach(module -> assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc"))
                .content().contains(module.getBasePackage().getName()));
    }

    /**
     * From run to run, Spring Modulith writes the same lines in another order, and calls the same dependency 'uses'
     * or 'depends on'; a file is only written again when it says something else.
     */
    private static List<String> normalised(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.replace("\"uses\"", "\"depends on\"")).sorted().toList();
    }
}
