package com.houqin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The packages as modules: no cycles, each reaching only what the others expose. */
class ModulesTest {

    private static final Path DOCS = Path.of("../docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(HouqinApplication.class);

    @Test
    void theModulesDependOnEachOtherOnlyThroughWhatTheyExpose() {
        modules.verify();
    }

    /** The diagram the README shows, written again by every build so that it stays true. */
    @Test
    void theModuleDiagramIsWrittenIntoTheDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.C4));
        sortLines(DOCS.resolve("components.puml"));
    }

    /** The modules and their relations come in no fixed order; sorted, the file changes only when they do. */
    private static void sortLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("Rel(") || line.startsWith("  Component(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        Files.write(file, out);
    }
}
