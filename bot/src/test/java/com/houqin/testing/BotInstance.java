package com.houqin.testing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.houqin.HouqinApplication;

/** Another copy of the application in the same JVM, for tests of several instances or of restarts. */
public final class BotInstance {

    private BotInstance() {
    }

    /**
     * Starts the application with these settings ({@code name=value}) and this clock standing in
     * for the system clock.
     */
    public static ConfigurableApplicationContext start(TestClock clock, String... settings) {
        List<String> args = new ArrayList<>();
        for (String s : settings) {
            args.add("--" + s);
        }
        args.add("--server.port=0");
        return new SpringApplicationBuilder(HouqinApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(args.toArray(String[]::new));
    }
}
