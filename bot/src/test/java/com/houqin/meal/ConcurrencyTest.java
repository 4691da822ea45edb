package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.meal.MealRegistration.Source;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Many people registering at once: every count stays exact. */
class ConcurrencyTest extends MealTestSupport {

    private static final int PHONES = 40;
    private static final int PEOPLE = 300;

    @Autowired
    Registrar registrar;

    @Autowired
    Headcounts headcounts;

    @BeforeEach
    void thursdayMorning() {
        at(THURSDAY + "T08:00");
    }

    @Test
    void fortyPhonesTappingAtOnceAreCountedExactlyOnceEach() {
        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            phones.add(approved("Person " + i, i % 2 == 0 ? "Finance" : "IT"));
        }
        phones.forEach(p -> p.send("/meal tomorrow"));
        List<SentMessage> days = phones.stream()
                .map(p -> p.expect(m -> m.text().startsWith("🍽 2027-03-05 Fri"))).toList();
        // everyone taps, then taps the same button again (an impatient thumb), all at once
        for (int i = 0; i < PHONES; i++) {
            phones.get(i).tap(days.get(i), "☐ Lunch");
        }
        for (int i = 0; i < PHONES; i++) {
            phones.get(i).tap(days.get(i), "☐ Lunch");
        }
        phones.forEach(p -> p.expect(m -> m.text().contains("✅ Lunch: registered")));
        api.awaitQuiet(java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(20));

        assertThat(mongo.findAll(MealRegistration.class)).hasSize(PHONES).allMatch(MealRegistration::eating);
        Headcount count = headcounts.count(slot(FRIDAY, "lunch"));
        assertThat(count.people()).isEqualTo(PHONES);
        assertThat(count.departments()).extracting(Headcount.Group::total).containsExactly(PHONES / 2, PHONES / 2);

        Phone chen = cook("Chen");
        chen.send("/headcount tomorrow");
        assertThat(chen.expect("📊 Headcount").text()).contains("⏳ Lunch: open until 09:30\nTotal 40, no guests");
    }

    @Test
    void threeHundredPeopleRegisteringTwiceFromEightThreadsAreCountedExactly() throws Exception {
        List<Person> everyone = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Person p = Person.approved(7_000_000L + i, "Load " + i, "Dept " + (i % 5),
                    java.util.Set.of(Role.EMPLOYEE), clock.instant(), ADMIN_ID);
            everyone.add(p);
        }
        mongo.insertAll(everyone);
        Slot lunch = slot(FRIDAY, "lunch");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Person p : everyone) {
                done.add(pool.submit(() -> registrar.setEating(p, lunch, true, Source.SELF)));
                done.add(pool.submit(() -> registrar.setGuests(p, lunch, 1, "a visitor")));
            }
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Headcount count = headcounts.count(lunch);
        assertThat(count.people()).isEqualTo(PEOPLE);
        assertThat(count.guests()).isEqualTo(PEOPLE);
        assertThat(count.departments()).extracting(Headcount.Group::people).containsOnly(PEOPLE / 5);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), MealRegistration.class))
                .isEqualTo(PEOPLE);
    }
}
