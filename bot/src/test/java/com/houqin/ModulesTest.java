package com.houqin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The packages as modules: no cycles, each reaching only what the others expose. */
class ModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(HouqinApplication.class);

    @Test
    void theModulesDependOnEachOtherOnlyThroughWhatTheyExpose() {
        modules.verify();
    }

    /** The diagram the README shows, written again by every build so that it stays true. */
    @Test
    void theModuleDiagramIsWrittenIntoTheDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.C4));
    }
}
