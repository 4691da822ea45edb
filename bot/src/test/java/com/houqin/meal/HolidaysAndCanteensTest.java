package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.houqin.meal.MealRegistration.Source;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;
import com.houqin.scheduler.TaskRunner;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;
import com.houqin.testing.TestClock;

/**
 * What depends on configuration: standing registrations across a holiday (Tuesday 2027-03-09 is
 * one, Saturday 2027-03-13 a make-up working day), two canteens, and meals changed by settings
 * (no dinner, a night supper). Settings are read at start,
 * so this class runs its own application (with its own fake Bot API and store) and closes it
 * afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HolidaysAndCanteensTest.Clock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HolidaysAndCanteensTest {

    private static final String TOKEN = "424242:STANDING_test-token";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final FakeBotApi api = startApi();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TestClock clock;

    @Autowired
    TaskRunner tasks;

    @Autowired
    Headcounts headcounts;

    @Autowired
    MealCalendar calendar;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("houqin-standing-test");
        registry.add("houqin.telegram.api-url", api::url);
        registry.add("houqin.telegram.token", () -> TOKEN);
        registry.add("houqin.telegram.poll-timeout", () -> "1s");
        registry.add("houqin.data-dir", data::toString);
        registry.add("houqin.outbox.per-chat-interval", () -> "100ms");
        registry.add("houqin.outbox.idle-poll", () -> "200ms");
        registry.add("houqin.scheduler.enabled", () -> "false");
        registry.add("houqin.calendar.holidays", () -> "2027-03-09");
        registry.add("houqin.calendar.extra-working-days", () -> "2027-03-13");
        registry.add("houqin.meal.canteens", () -> "North,South");
        registry.add("houqin.meal.meals.dinner.enabled", () -> "false");
        registry.add("houqin.meal.meals.supper.cutoff", () -> "20:00");
        registry.add("houqin.meal.meals.supper.name", () -> "Night supper");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(SHANGHAI);
        }
    }

    @BeforeEach
    void emptyStore() {
        api.reset();
        for (String name : mongo.getCollectionNames()) {
            mongo.getCollection(name).deleteMany(new Document());
        }
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @Test
    void aStandingRegistrationSkipsTheHolidayAndASkippedDayAndHoldsAtTheCutoff() {
        at("2027-03-05T10:00");
        Phone ann = person(1001, "Ann", "Finance");
        Phone chen = person(1002, "Chen", "Canteen", Role.COOK);

        ann.send("/meal");
        ann.tap(ann.expect("Your meals"), "🔁 Every week");
        ann.tap(ann.expect("Standing registration"), "☐ Lunch");
        ann.expect(m -> m.text().contains("Now: Lunch on Mon, Tue, Wed, Thu, Fri."));
        int seen = ann.last().messageId();
        ann.send("/meal");
        SentMessage menu = ann.expect(m -> m.text().startsWith("🍽 Your meals") && m.messageId() > seen);
        assertThat(menu.text()).contains("• Mon 03-08: Lunch").contains("• Wed 03-10: Lunch")
                .contains("• Fri 03-12: Lunch").doesNotContain("03-09");
        assertThat(menu.buttonLabels()).contains("✅ Mon 03-08", "Sat 03-13").doesNotContain("Tue 03-09");

        ann.send("/meal 03-09");
        ann.expect("The canteen is closed on Tue 03-09: it is a holiday");

        // skipping one day
        ann.send("/meal 03-10");
        ann.tap(ann.expect("✅ Lunch: registered by your standing registration"), "✅ Lunch");
        ann.expect(m -> m.text().startsWith("🍽 2027-03-10") && m.text().contains("☐ Lunch: not registered"));

        // Monday, just after the lunch cut-off, before the final count is sent: Ann drops her plan
        moveTo("2027-03-08T09:30:02");
        int before = ann.last().messageId();
        ann.send("/meal");
        ann.tap(ann.expect(m -> m.text().startsWith("🍽 Your meals") && m.messageId() > before), "🔁 Every week");
        ann.tap(ann.expect(m -> m.text().startsWith("🔁 Standing registration") && m.buttonData("✅ Lunch") != null),
                "✅ Lunch");
        ann.expect(m -> m.text().contains("Now: none."));

        tasks.runDueTasks();
        SentMessage monday = chen.expect("🔒 Final count: Lunch, 2027-03-08 Mon");
        assertThat(monday.text()).contains("Total 1, no guests").contains("Finance 1");
        MealRegistration firm = mongo.findById("1001:2027-03-08:lunch", MealRegistration.class);
        assertThat(firm.eating()).isTrue();
        assertThat(firm.source()).isEqualTo(Source.STANDING);
        assertThat(headcounts.count(calendar.slot("2027-03-11", "lunch").orElseThrow()).people()).isZero();

        moveTo("2027-03-10T09:30:05");
        tasks.runDueTasks();
        assertThat(chen.expect("🔒 Final count: Lunch, 2027-03-10 Wed").text()).contains("Nobody registered.");
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(chen.messages()).noneMatch(m -> m.text().contains("03-09"));
        assertThat(mongo.findById("1001:2027-03-09:lunch", MealRegistration.class)).isNull();
        assertThat(mongo.findById("1001:2027-03-10:lunch", MealRegistration.class).eating()).isFalse();
    }

    @Test
    void withTwoCanteensEachPersonPicksTheirsAndTheCountIsSplit() {
        at("2027-03-04T08:00");
        Phone ann = person(1001, "Ann", "Finance");
        Phone bob = person(1003, "Bob", "IT");
        Phone chen = person(1002, "Chen", "Canteen", Role.COOK);

        ann.send("/meal tomorrow");
        SentMessage day = ann.expect("🍽 2027-03-05");
        assertThat(day.buttonLabels()).containsSequence("☐ Breakfast", "☐ Lunch", "☐ Night supper")
                .noneMatch(label -> label.contains("Dinner"));
        ann.tap(day, "☐ Lunch");
        ann.expect(m -> m.text().contains("✅ Lunch: registered"));
        bob.send("/meal tomorrow");
        bob.tap(bob.expect("🍽 2027-03-05"), "☐ Lunch");
        bob.expect(m -> m.text().contains("✅ Lunch: registered"));
        bob.send("/meal");
        bob.tap(bob.expect(m -> m.text().startsWith("🍽 Your meals")), "🏢 Canteen: North");
        bob.expect(m -> m.buttonData("🏢 Canteen: South") != null);
        assertThat(mongo.findById("1003:2027-03-05:lunch", MealRegistration.class).canteen()).isEqualTo("South");

        chen.send("/headcount tomorrow");
        assertThat(chen.expect("📊 Headcount").text()).contains("Total 2, no guests\nBy canteen: North 1 · South 1");
    }

    private Phone person(long id, String name, String department, Role... roles) {
        Set<Role> all = new java.util.HashSet<>(Set.of(roles));
        all.add(Role.EMPLOYEE);
        mongo.insert(Person.approved(id, name, department, all, clock.instant(), null));
        return new Phone(api, id, name, "en");
    }

    private void at(String local) {
        moveTo(local);
        mongo.remove(new Query(), "scheduled_tasks");
        tasks.registerTasks();
    }

    private void moveTo(String local) {
        clock.set(LocalDateTime.parse(local).atZone(SHANGHAI).toInstant());
    }

    private static FakeBotApi startApi() {
        try {
            return new FakeBotApi(TOKEN);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
