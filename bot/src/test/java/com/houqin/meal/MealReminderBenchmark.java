package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.outbox.Outbox;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi;

/**
 * The lunch reminder for 3,000 employees, through the outbox at Telegram's rate, against the
 * fake Bot API. Prints how long queueing took and the delivery rate; asserts only that each
 * employee got the reminder exactly once. Not part of the build (it takes minutes):
 * {@code ./mvnw -B -pl bot -am test -Dtest=MealReminderBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MealReminderBenchmark extends MealTestSupport {

    private static final int EMPLOYEES = 3_000;
    private static final long FIRST_ID = 50_000_000L;

    @Autowired
    Outbox outbox;

    @Test
    void aReminderForThreeThousandEmployees() throws InterruptedException {
        at(THURSDAY + "T08:00");
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            staff.add(Person.approved(FIRST_ID + i, "Employee " + i, "Dept " + (i % 12), Set.of(Role.EMPLOYEE),
                    clock.instant(), ADMIN_ID));
        }
        mongo.insertAll(staff);

        moveTo(THURSDAY + "T08:30:01");
        long start = System.nanoTime();
        tasks.runDueTasks();
        long queuedMillis = (System.nanoTime() - start) / 1_000_000;
        print("reminder run (find who has not answered, make buttons, queue): %d ms for %d employees (%.1f ms each);"
                + " %d in the outbox right after", queuedMillis, EMPLOYEES, (double) queuedMillis / EMPLOYEES,
                outbox.queued());

        int deliveredWhileQueueing = toStaff().size();
        print("  delivered while queueing: %d", deliveredWhileQueueing);
        long deliveryStart = System.nanoTime();
        long deadline = deliveryStart + 15L * 60 * 1_000_000_000L;
        int delivered = deliveredWhileQueueing;
        long lastReport = deliveryStart;
        while (delivered < EMPLOYEES && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            delivered = toStaff().size();
            if (System.nanoTime() - lastReport >= 10_000_000_000L) {
                lastReport = System.nanoTime();
                print("  %5.0f s after the run began: %d delivered", (lastReport - start) / 1e9, delivered);
            }
        }
        double afterQueueing = (System.nanoTime() - deliveryStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        print("delivered %d of %d reminders, the last %.1f s after the run began: %.1f messages/s overall;"
                + " %.1f/s once everything was queued (the sender is set to 30/s)", delivered, EMPLOYEES, seconds,
                delivered / seconds, (delivered - deliveredWhileQueueing) / afterQueueing);

        List<FakeBotApi.Call> calls = toStaff();
        Map<Long, Integer> perChat = new HashMap<>();
        calls.forEach(c -> perChat.merge(c.params().get("chat_id").asLong(), 1, Integer::sum));
        Set<Long> expected = new HashSet<>();
        staff.forEach(p -> expected.add(p.id()));
        assertThat(perChat.keySet()).isEqualTo(expected);
        assertThat(perChat.values()).containsOnly(1);
    }

    private List<FakeBotApi.Call> toStaff() {
        return api.calls("sendMessage").stream()
                .filter(c -> c.params().get("chat_id").asLong() >= FIRST_ID
                        && c.params().get("text").asText().contains("Are you eating")).toList();
    }

    private static void print(String format, Object... args) {
        System.out.printf("[meal benchmark] " + format + "%n", args);
    }
}
