package com.houqin.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class OnboardingTest extends BotIntegrationTest {

    @Test
    void aNewcomerRegistersAndAnAdminApproves() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.expect("full name");
        li.send("Li Lei");
        li.expect("Which department");
        li.tap("Finance");
        li.expect("sent to the admins");

        SentMessage request = admin().expect("Registration request");
        assertThat(request.text()).contains("Li Lei").contains("Finance");
        admin().tap(request, "Approve");

        li.expect("Your registration is approved");
        Person stored = people.find(li.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PersonStatus.APPROVED);
        assertThat(stored.department()).isEqualTo("Finance");
        assertThat(stored.roles()).containsExactly(Role.EMPLOYEE);
        admin().expect(m -> m.messageId() == request.messageId() && m.text().contains("Approved by Ada Admin")
                && m.keyboard().isEmpty());
    }

    @Test
    void aConfiguredAdminIsWelcomedOnTheFirstStartAndWelcomedBackAfter() {
        Phone ada = admin();
        ada.send("/start");
        SentMessage first = ada.expect(m -> m.text().startsWith("Welcome"));
        assertThat(first.text()).startsWith("Welcome, Ada Admin.").contains("/admin").doesNotContain("back");
        ada.send("/start");
        ada.expect("Welcome back, Ada Admin.");

        Phone li = approved("Li Lei", "Finance");
        li.send("/start");
        assertThat(li.expect(m -> m.text().startsWith("Welcome")).text()).startsWith("Welcome, Li Lei.")
                .doesNotContain("/admin");
    }
}
