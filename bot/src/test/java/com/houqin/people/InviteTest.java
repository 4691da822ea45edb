package com.houqin.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class InviteTest extends BotIntegrationTest {

    private String createInvite(String department) {
        admin().send("/admin");
        admin().tap("Invite links");
        admin().tap("➕ " + department);
        SentMessage created = admin().expect("Invite link for " + department);
        assertThat(created.text()).contains("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=");
        Matcher code = Pattern.compile("start=([A-Za-z0-9]{10})").matcher(created.text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @Test
    void anInviteLinkLetsANewcomerInAtOnce() {
        String code = createInvite("Operations");
        Phone wang = stranger("Wang", "en");
        wang.send("/start " + code);
        wang.expect("invited to join Operations");
        wang.send("Wang Fang");
        wang.expect("You are registered in Operations");
        Person stored = people.find(wang.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PersonStatus.APPROVED);
        assertThat(stored.department()).isEqualTo("Operations");
        assertThat(stored.name()).isEqualTo("Wang Fang");
        assertThat(mongo.findById(code, Invite.class).uses()).isEqualTo(1);
        // the newcomer can use the bot right away
        wang.send("/lang");
        wang.expect("Choose your language");
    }

    @Test
    void aRevokedInviteNoLongerWorks() {
        String code = createInvite("Finance");
        admin().send("/admin");
        admin().tap("Invite links");
        admin().tap("Revoke Finance");
        admin().expect("The invite link was revoked");
        Phone late = stranger("Late", "en");
        late.send("/start " + code);
        late.expect("expired or was revoked");
        assertThat(people.find(late.id())).isEmpty();
    }

    @Test
    void anExpiredInviteNoLongerWorks() {
        String code = createInvite("Finance");
        clock.advance(Duration.ofDays(8));
        Phone late = stranger("Late", "en");
        late.send("/start " + code);
        late.expect("expired or was revoked");
    }

    @Test
    void anInviteRevokedWhileTheNewcomerTypesTheirNameIsRefused() {
        String code = createInvite("Finance");
        Phone slow = stranger("Slow", "en");
        slow.send("/start " + code);
        slow.expect("What is your full name");
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(code)),
                org.springframework.data.mongodb.core.query.Update.update("revoked", true), Invite.class);
        slow.send("Slow Poke");
        slow.expect("expired or was revoked");
        assertThat(people.find(slow.id())).isEmpty();
    }
}
