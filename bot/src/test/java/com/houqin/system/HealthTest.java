package com.houqin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.houqin.testing.BotIntegrationTest;

class HealthTest extends BotIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void operatorsSeeTheBotAndItsStoreHealthy() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().is2xxSuccessful()).as(health.getBody()).isTrue();
        assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"store\"").contains("\"telegram\"");
    }
}
