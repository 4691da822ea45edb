package com.houqin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.houqin.system.SettingsCheck;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HouqinApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(HouqinApplication.class);
        app.addListeners(new SettingsCheck());
        try {
            app.run(args);
        } catch (RuntimeException e) {
            String problem = SettingsCheck.describeBindingFailure(e);
            if (problem != null) {
                System.err.println(problem);
                System.exit(2);
            }
            throw e;
        }
    }
}
