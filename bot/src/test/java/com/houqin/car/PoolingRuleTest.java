package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.houqin.scheduler.BusinessCalendar;

/** The pooling rule on its own: which trips may share a car, and when a shared car leaves. */
class PoolingRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.parse("2026-12-03");
    private static final Instant EARLY = Instant.parse("2026-12-02T00:00:00Z");

    private final PoolingRule rule = new PoolingRule(new CarProperties(List.of(), List.of(), Duration.ofMinutes(60),
            List.of(Duration.ofMinutes(15)), LocalTime.NOON, Duration.ofMinutes(1), 60),
            new BusinessCalendar(SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(), Set.of(),
                    LocalTime.of(8, 30), LocalTime.of(17, 30)));
    private final PoolingRule.Cars cars = PoolingRule.Cars.of(List.of(new Vehicle("CAR-1", 4, "sedan", true),
            new Vehicle("VAN-1", 7, "van", true), new Vehicle("BUS-1", 30, "bus", false)));

    @Test
    void theSameWayTheSameHalfDayWithinTheWindowAndWithSeatsPools() {
        CarDay day = day(booking(1, "09:00", "11:00", "Airport", "north", 2),
                booking(2, "09:45", "12:00", "North hospital", "north", 5));
        assertThat(rule.candidates(day, 2, cars, EARLY)).extracting(Trip::no).containsExactly(1);
    }

    @Test
    void anotherDirectionAnotherHalfDayTooFarApartOrTooManyPeopleDoesNot() {
        CarDay day = day(booking(1, "09:00", "11:00", "Airport", "north", 2),
                booking(2, "09:10", "11:00", "Railway station", "east", 1),
                booking(3, "12:10", "14:00", "Airport", "north", 1),
                booking(4, "10:01", "11:00", "Airport", "north", 1),
                booking(5, "09:30", "11:00", "Airport", "north", 6));
        for (int no = 2; no <= 5; no++) {
            assertThat(rule.candidates(day, no, cars, EARLY)).as("trip %s", no).extracting(Trip::no)
                    .doesNotContain(1);
        }
    }

    @Test
    void theSamePlaceTypedByHandPoolsEvenWithoutADirection() {
        CarDay day = day(booking(1, "09:00", "11:00", "Bank of China,  Main St", null, 1),
                booking(2, "09:20", "11:00", "bank of china, main st", null, 1),
                booking(3, "09:20", "11:00", "Post office", null, 1));
        assertThat(rule.candidates(day, 2, cars, EARLY)).extracting(Trip::no).containsExactly(1);
        assertThat(rule.candidates(day, 3, cars, EARLY)).isEmpty();
    }

    @Test
    void aSharedCarLeavesAtTheEarliestTimeAskedUnlessThatHasPassed() {
        List<Booking> riders = List.of(booking(1, "09:00", "11:00", "Airport", "north", 1),
                booking(2, "09:40", "10:00", "Airport", "north", 1));
        assertThat(rule.proposedDeparture(riders, EARLY)).isEqualTo(at("09:00"));
        assertThat(rule.departureChoices(riders, EARLY)).containsExactly(at("09:00"), at("09:15"), at("09:30"),
                at("09:40"));
        assertThat(rule.proposedDeparture(riders, at("09:07").plusSeconds(20))).isEqualTo(at("09:10"));
        // nobody can be fetched after one of them must already be back
        assertThat(rule.proposedDeparture(riders, at("09:59"))).isNull();
    }

    private static CarDay day(Booking... bookings) {
        CarDay day = CarDay.empty(DAY);
        for (Booking b : bookings) {
            day = day.with(b).with(Trip.waitingFor(b));
        }
        return day;
    }

    private static Booking booking(int no, String leave, String back, String destination, String direction,
                                   int people) {
        return new Booking(no, 100 + no, "Rider " + no, "IT", at(leave), at(back), destination, direction, people,
                "Errand", BookingStatus.PENDING, no, null, null, EARLY, null);
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }
}
