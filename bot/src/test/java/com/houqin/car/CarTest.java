package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.outbox.Outbox;
import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/**
 * What the car tests share: a small fleet (a 4-seat car and a 7-seat van), destinations in
 * three directions, a dispatcher and two drivers, the clock on a Wednesday at 08:00 in
 * Shanghai, and a way to follow a chat message by message.
 */
abstract class CarTest extends BotIntegrationTest {

    /** Wednesday 2026-12-02, 08:00 in Shanghai. */
    static final Instant WEDNESDAY_8AM = Instant.parse("2026-12-02T00:00:00Z");
    static final LocalDate THURSDAY = LocalDate.parse("2026-12-03");

    @Autowired
    Fleet fleet;

    @Autowired
    CarDays days;

    @Autowired
    Dispatch dispatch;

    @Autowired
    CarBookings bookings;

    @Autowired
    Outbox outbox;

    Phone dora;
    Phone wang;
    Phone li;
    private final Map<Long, Integer> seen = new HashMap<>();

    @BeforeEach
    void aSmallFleetAndItsPeople() {
        clock.set(WEDNESDAY_8AM);
        tasks.registerTasks(); // the next runs counted from this Wednesday, not from the real today
        fleet.saveVehicle("CAR-1", 4, "sedan");
        fleet.saveVehicle("VAN-1", 7, "van");
        fleet.saveDestination("Airport", "north");
        fleet.saveDestination("North hospital", "north");
        fleet.saveDestination("Railway station", "east");
        fleet.saveDestination("City hall", "centre");
        dora = approved("Dora Dispatcher", "Logistics", Role.DISPATCHER);
        wang = approved("Wang Driver", "Logistics", Role.DRIVER);
        li = approved("Li Driver", "Logistics", Role.DRIVER);
        seen.clear();
    }

    /**
     * Lets the outbox deliver everything queued. The sender's leases run on the clock, so moving
     * the clock far ahead while a message is on its way would let a second worker take it over;
     * and booking numbers start again at 1 in every test, so the next test must not meet this
     * one's deliveries under the same keys.
     */
    @AfterEach
    void settle() {
        long deadline = System.nanoTime() + Phone.WAIT.toNanos();
        while (outbox.queued() > 0 && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(outbox.queued()).as("messages still queued").isZero();
    }

    void moveClockTo(Instant instant) {
        settle();
        clock.set(instant);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a message containing the text that arrived after the last one taken this way. */
    SentMessage next(Phone phone, String textPart) {
        int after = seen.getOrDefault(phone.id(), 0);
        SentMessage m = api.await(phone.id(), s -> s.messageId() > after && s.text().contains(textPart), Phone.WAIT);
        seen.put(phone.id(), m.messageId());
        return m;
    }

    /** The dispatcher's card of a trip, as it reads now. */
    SentMessage card(int tripNo) {
        return dora.expect(m -> m.text().startsWith("🚗 Trip " + tripNo + " ·"));
    }

    /** Answers the question now asked: taps the button with that label, or types the answer. */
    void answer(Phone phone, String question, String value) {
        SentMessage asked = next(phone, question);
        if (asked.buttonData(value) != null) {
            phone.tap(asked, value);
        } else {
            phone.send(value);
        }
    }

    /** Books a car through /car as a person would; returns the booking card the requester gets. */
    SentMessage book(Phone phone, String day, String time, String destination, String back, String people,
                     String purpose) {
        phone.send("/car");
        answer(phone, "Which day?", day);
        answer(phone, "What time do you leave", time);
        answer(phone, "Where to?", destination);
        answer(phone, "When will you be back?", back);
        answer(phone, "How many people travel", people);
        answer(phone, "What is the trip for?", purpose);
        phone.tap(next(phone, "Please check your car request"), "Confirm");
        return next(phone, "Car request #");
    }

    CarDay thursday() {
        return days.load(THURSDAY);
    }

    Booking booking(int no) {
        return thursday().booking(no).orElseThrow();
    }

    Trip trip(int no) {
        return thursday().trip(no).orElseThrow();
    }
}
