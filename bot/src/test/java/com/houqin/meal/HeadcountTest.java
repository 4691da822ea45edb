package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** The cooks’ /headcount: per meal, by department, with guests and dietary needs; cooks only. */
class HeadcountTest extends MealTestSupport {

    @BeforeEach
    void thursdayMorning() {
        at(THURSDAY + "T08:00");
    }

    @Test
    void theCookSeesEachMealByDepartmentWithGuestsAndDietaryNeeds() {
        Phone ann = approved("Ann", "Finance");
        Phone bob = approved("Bob", "Finance");
        Phone cai = approved("Cai", "IT");
        Phone dan = approved("Dan", "IT");
        Phone chen = cook("Chen");

        register(ann, "today", "Lunch");
        ann.tap("👥 Guests");
        ann.tap(ann.expect("Guests for which meal"), "Lunch");
        ann.tap(ann.expect("How many guests"), "2");
        ann.expect("Who are they?");
        ann.send("Clients");
        ann.tap(ann.expect("Guests for Lunch"), "Confirm");
        ann.expect("Saved: 2 guests");
        register(bob, "today", "Lunch");
        register(cai, "today", "Lunch");
        register(dan, "today", "Dinner");

        cai.send("/meal");
        cai.tap(cai.expect("Your meals"), "🥗 Dietary notes");
        cai.tap(cai.expect("Dietary notes"), "☐ Vegetarian");
        cai.expect(m -> m.text().contains("Now: Vegetarian"));
        cai.tap(cai.expect("Now: Vegetarian"), "✏️ Allergies");
        cai.expect("Type your allergies");
        cai.send("peanuts");
        cai.expect("Now: Vegetarian · allergies / other: peanuts");

        chen.send("/headcount");
        SentMessage count = chen.expect("📊 Headcount — 2027-03-04 Thu");
        assertThat(count.text())
                .contains("\n\nNo registrations: Breakfast").doesNotContain("Breakfast: final")
                .contains("⏳ Lunch: open until 09:30\nTotal 5: 3 staff + 2 guests")
                .contains("By department: Finance 4 (incl. 2 guests) · IT 1")
                .contains("Guests: Ann (Finance) +2: Clients")
                .contains("Dietary: Vegetarian 1")
                .contains("Allergies / other needs: Cai (IT): peanuts")
                .contains("⏳ Dinner: open until 14:30\nTotal 1, no guests\nBy department: IT 1");
        assertThat(count.buttonLabels()).contains("« Wed 03-03", "Tomorrow, Fri 03-05 »", "➕ Late registration",
                "🍽 Served count");

        chen.tap(count, "Tomorrow, Fri 03-05 »");
        chen.expect(m -> m.messageId() == count.messageId() && m.text().startsWith("📊 Headcount — 2027-03-05 Fri"));
    }

    @Test
    void atHalfPastNineTheCookSeesLunchFirstAndCountsWithAFewTaps() {
        Phone ann = approved("Ann", "Finance");
        Phone bob = approved("Bob", "IT");
        Phone chen = cook("Chen");
        register(ann, "today", "Lunch");
        register(bob, "today", "Lunch");
        moveTo(THURSDAY + "T09:31");

        chen.send("/headcount");
        SentMessage count = chen.expect("📊 Headcount — 2027-03-04 Thu");
        assertThat(count.text()).startsWith("📊 Headcount — 2027-03-04 Thu\n\n🔒 Lunch: final (cut-off 09:30)\nTotal 2")
                .endsWith("\n\nNo registrations: Dinner, Breakfast");

        chen.tap(count, "🍽 Served count");
        chen.tap(chen.expect("Served count: which meal"), "Lunch");
        SentMessage ask = chen.expect("How many meals were served for Lunch today (Thu 03-04)? Registered: 2");
        assertThat(ask.buttonLabels()).containsSubsequence("0", "1", "2", "3", "4", "6");
        chen.tap(ask, "1");
        chen.expect("✅ Saved for Lunch today (Thu 03-04): 1 served, 2 registered, difference 1");
        assertThat(ServedForm.near(42)).containsExactly(34, 38, 41, 42, 43, 46, 50);
    }

    @Test
    void oneGuestIsOneGuest() {
        Phone ann = approved("Ann", "Finance");
        Phone chen = cook("Chen");
        register(ann, "today", "Lunch");
        ann.tap("👥 Guests");
        ann.tap(ann.expect("Guests for which meal"), "Lunch");
        ann.tap(ann.expect("How many guests"), "1");
        ann.tap(ann.expect("Who are they?"), "Skip");
        ann.tap(ann.expect("Guests for Lunch"), "Confirm");
        assertThat(ann.expect("Saved: 1 guest for Lunch").text()).contains("👥 Lunch: 1 guest").doesNotContain("1 guests");

        chen.send("/headcount");
        assertThat(chen.expect("📊 Headcount").text()).contains("Total 2: 1 staff + 1 guest\n")
                .contains("Finance 2 (incl. 1 guest)").doesNotContain("1 guests");
    }

    @Test
    void aManagerMayLookButOnlyCooksAddOrCount() {
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/headcount tomorrow");
        SentMessage count = boss.expect("📊 Headcount — 2027-03-05 Fri");
        assertThat(count.buttonLabels()).doesNotContain("➕ Late registration");
        boss.send("/headcount next blue moon");
        boss.expect("I could not read “next blue moon” as a date");
    }

    @Test
    void anEmployeeGetsNoHeadcountAndCannotUseACooksButton() {
        Phone ann = approved("Ann", "Finance");
        Phone chen = cook("Chen");
        ann.send("/headcount");
        assertThat(ann.expect("Sorry, this is only for:").text()).contains("only for: Cook / Manager.");

        chen.send("/headcount");
        SentMessage count = chen.expect("📊 Headcount");
        // Ann replays the cook's button from her own chat
        SentMessage hers = new SentMessage(ann.id(), 1, "sendmessage", api.json().createObjectNode(), java.util.List.of());
        ann.tapData(hers, count.buttonData("➕ Late registration"));
        ann.expect("This button is not for you");

        // and a cook who lost the role loses the button with it
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(chen.id())),
                new org.springframework.data.mongodb.core.query.Update().pull("roles", Role.COOK),
                com.houqin.people.Person.class);
        chen.tap(count, "➕ Late registration");
        chen.expect("Sorry, this is only for: Cook");
    }
}
