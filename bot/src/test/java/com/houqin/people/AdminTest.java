package com.houqin.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class AdminTest extends BotIntegrationTest {

    @Test
    void anAdminGivesRolesChangesTheDepartmentAndDeactivates() {
        Phone zhang = approved("Zhang Wei", "Finance");
        Phone ada = admin();
        ada.send("/admin");
        ada.tap("Find a person");
        ada.send("zhang");
        ada.tap("Zhang Wei");
        SentMessage card = ada.expect(m -> m.text().startsWith("Zhang Wei") && m.buttonData("Roles") != null);
        assertThat(card.text()).contains("Department: Finance").contains("Roles: Employee");

        ada.tap(card, "Roles");
        SentMessage roles = ada.expect(m -> m.text().contains("Tap a role") && m.buttonData("Technician") != null);
        ada.tap(roles, "Technician");
        zhang.expect("An admin gave you a new role: Technician");
        assertThat(people.find(zhang.id()).orElseThrow().roles()).contains(Role.TECHNICIAN, Role.EMPLOYEE);
        ada.expect(m -> m.messageId() == roles.messageId() && m.buttonLabels().contains("✅ Technician"));

        ada.tap(ada.expect(m -> m.buttonData("« Back") != null), "« Back");
        SentMessage back = ada.expect(m -> m.messageId() == card.messageId() && m.buttonData("Department") != null);
        ada.tap(back, "Department");
        ada.tap(ada.expect(m -> m.buttonData("Operations") != null), "Operations");
        ada.expect(m -> m.text().contains("Department: Operations"));
        assertThat(people.find(zhang.id()).orElseThrow().department()).isEqualTo("Operations");

        ada.tap(ada.expect(m -> m.buttonData("Deactivate") != null), "Deactivate");
        zhang.expect("has been turned off");
        assertThat(people.find(zhang.id()).orElseThrow().status()).isEqualTo(PersonStatus.DEACTIVATED);
        zhang.send("/lang");
        api.await(zhang.id(), m -> zhang.messages().stream().filter(x -> x.text().contains("turned off")).count() >= 2,
                Phone.WAIT);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        Phone ada = admin();
        ada.send("/admin");
        ada.tap("Find a person");
        ada.send("Ada");
        ada.tap("Ada Admin");
        ada.tap(ada.expect(m -> m.buttonData("Roles") != null), "Roles");
        ada.tap(ada.expect(m -> m.text().contains("Tap a role")), "✅ Admin");
        ada.expect("cannot take away your own admin role");
        assertThat(people.find(ADMIN_ID).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void pendingRequestsCanBeDecidedFromTheMenu() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.tap("IT");
        li.expect("sent to the admins");
        Phone ada = admin();
        ada.send("/admin");
        ada.tap("Waiting for approval (1)");
        SentMessage card = ada.expect(m -> m.text().contains("Li Lei") && m.buttonData("Reject") != null
                && m.messageId() > 0 && !m.text().contains("Approved"));
        ada.tap(card, "Reject");
        li.expect("your registration was declined");
        assertThat(people.find(li.id()).orElseThrow().status()).isEqualTo(PersonStatus.REJECTED);
        // a second admin press on the other copy finds it decided
        SentMessage original = ada.expect(m -> m.text().contains("Registration request") && m.text().contains("Declined by"));
        assertThat(original.keyboard()).isEmpty();
    }

    @Test
    void everyApplicantDecidedFromTheWaitingListIsTold() {
        java.util.List<Phone> applicants = new java.util.ArrayList<>();
        for (String name : java.util.List.of("Li Lei", "Mei Han", "Sun Yu")) {
            Phone p = stranger(name.split(" ")[0], "en");
            p.send("/start");
            p.send(name);
            p.tap("IT");
            p.expect("sent to the admins");
            applicants.add(p);
        }
        Phone ada = admin();
        ada.send("/admin");
        int listed = ada.mark();
        ada.tap("Waiting for approval (3)");
        String[] decisions = {"Approve", "Reject", "Approve"};
        for (int i = 0; i < 3; i++) {
            String name = java.util.List.of("Li Lei", "Mei Han", "Sun Yu").get(i);
            SentMessage card = ada.expect(m -> m.messageId() > listed && m.text().contains(name)
                    && m.buttonData("Reject") != null);
            ada.tap(card, decisions[i]);
        }
        applicants.get(0).expect("Your registration is approved");
        applicants.get(1).expect("your registration was declined");
        applicants.get(2).expect("Your registration is approved");
        awaitAllDelivered();
        for (Phone p : applicants) {
            assertThat(p.messages()).filteredOn(m -> m.text().contains("registration")).hasSize(2); // sent + decided
        }
        assertThat(people.find(applicants.get(2).id()).orElseThrow().status()).isEqualTo(PersonStatus.APPROVED);
    }

    @Test
    void twoAdminsApprovingAtOnceDecideOnce() throws Exception {
        Phone second = approved("Bo Admin", "Logistics", Role.ADMIN);
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.tap("IT");
        SentMessage a = admin().expect("Registration request");
        SentMessage b = second.expect("Registration request");
        admin().tap(a, "Approve");
        second.tap(b, "Reject");
        li.expect(m -> m.text().contains("approved") || m.text().contains("declined"));
        api.awaitQuiet(java.time.Duration.ofMillis(600), java.time.Duration.ofSeconds(10));
        long outcomes = li.messages().stream()
                .filter(m -> m.text().contains("Your registration is approved") || m.text().contains("was declined"))
                .count();
        assertThat(outcomes).as(li.transcript()).isEqualTo(1);
        assertThat(admin().messages().stream().anyMatch(m -> m.text().contains("Already decided"))
                || second.messages().stream().anyMatch(m -> m.text().contains("Already decided"))).isTrue();
    }
}
