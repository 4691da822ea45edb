package com.houqin.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.people.PersonStatus;
import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class AccessTest extends BotIntegrationTest {

    @Test
    void aStrangerMayOnlyStartAndAskForHelp() {
        Phone stranger = stranger("Sam", "en");
        stranger.send("/admin");
        stranger.expect("Please send /start to register first");
        stranger.send("/lang");
        api.await(stranger.id(), m -> stranger.messages().size() >= 2, Phone.WAIT);
        assertThat(stranger.last().text()).contains("/start to register");
        stranger.send("/help");
        SentMessage help = stranger.expect("Here is what you can do");
        assertThat(help.text()).contains("/start").contains("/help").doesNotContain("/admin").doesNotContain("/lang");
        stranger.send("my printer is broken");
        api.await(stranger.id(), m -> stranger.messages().size() >= 4, Phone.WAIT);
        assertThat(stranger.last().text()).contains("/start to register");
    }

    @Test
    void someoneWaitingForApprovalIsToldSo() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.tap("Finance");
        li.expect("sent to the admins");
        li.send("/lang");
        li.expect("waiting for an admin’s approval");
        li.send("/start");
        api.await(li.id(), m -> li.messages().stream().filter(x -> x.text().contains("waiting for an admin")).count() >= 2,
                Phone.WAIT);
    }

    @Test
    void helpListsOnlyTheCommandsMyRolesAllow() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/help");
        assertThat(ann.expect("Here is what you can do").text()).contains("/lang").doesNotContain("/admin");
        admin().send("/help");
        assertThat(admin().expect("Here is what you can do").text()).contains("/admin");
    }

    @Test
    void anEmployeeCannotUseAdminCommands() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/admin");
        ann.expect("only for: Admin");
    }

    @Test
    void aForgedOrReplayedApproveButtonIsRefused() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.tap("Finance");
        SentMessage request = admin().expect("Registration request");
        String approveData = request.buttonData("Approve");

        // Mallory, an approved employee, replays the admin's button data from her own chat
        Phone mallory = approved("Mallory", "IT");
        SentMessage fake = new SentMessage(mallory.id(), 1, "sendmessage", api.json().createObjectNode(), java.util.List.of());
        mallory.tapData(fake, approveData);
        mallory.expect("This button is not for you");
        assertThat(people.find(li.id()).orElseThrow().status()).isEqualTo(PersonStatus.PENDING);

        // made-up data is refused as an expired button, in the answer to this very tap
        int answersBefore = api.calls("answerCallbackQuery").size();
        int mark = mallory.mark();
        mallory.tapData(fake, "approve:" + li.id());
        mallory.expectAfter(mark, "This button has expired");
        assertThat(api.calls("answerCallbackQuery")).hasSizeGreaterThan(answersBefore);
        assertThat(people.find(li.id()).orElseThrow().status()).isEqualTo(PersonStatus.PENDING);
    }

    @Test
    void anAdminWhoLostTheRoleCannotUseAnOldApproveButton() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.tap("Finance");
        SentMessage request = admin().expect("Registration request");
        people.setRole(ADMIN_ID, Role.ADMIN, false, null);
        admin().tap(request, "Approve");
        admin().expect("only for: Admin");
        assertThat(people.find(li.id()).orElseThrow().status()).isEqualTo(PersonStatus.PENDING);
    }
}
