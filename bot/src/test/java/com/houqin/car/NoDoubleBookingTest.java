package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** A car or a driver is never on two trips at once, however many dispatchers act at the same moment. */
class NoDoubleBookingTest extends CarTest {

    private static final int THREADS = 8;

    @Test
    void twoDispatchersGivingTheSameCarToTwoTripsAtOnceGiveItOnce() {
        Phone dick = approved("Dick Dispatcher", "Logistics", Role.DISPATCHER);
        book(approved("Ann Lee", "Finance"), "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        book(approved("Carl", "IT"), "Tomorrow", "09:30", "Railway station", "11:30", "2", "Training");

        SentMessage doraMenu = chooseCarThenDrivers(dora, 1);
        SentMessage dickMenu = chooseCarThenDrivers(dick, 2);
        dora.tapData(doraMenu, doraMenu.buttonData("Wang Driver"));
        dick.tapData(dickMenu, dickMenu.buttonData("Li Driver"));

        SentMessage doraSees = dora.expect(m -> m.text().contains("Trip 1 assigned") || m.text().contains("CAR-1 was just taken"));
        SentMessage dickSees = dick.expect(m -> m.text().contains("Trip 2 assigned") || m.text().contains("CAR-1 was just taken"));
        assertThat(List.of(doraSees.text(), dickSees.text())).filteredOn(t -> t.contains("was just taken")).hasSize(1);
        CarDay day = thursday();
        assertThat(day.trips()).filteredOn(t -> t.status() == TripStatus.ASSIGNED).hasSize(1)
                .allMatch(t -> t.plate().equals("CAR-1"));
        assertNoOverlaps(day);
    }

    private SentMessage chooseCarThenDrivers(Phone dispatcher, int tripNo) {
        dispatcher.tap(dispatcher.expect(m -> m.text().startsWith("🚗 Trip " + tripNo + " ·")), "Assign car and driver");
        SentMessage menu = dispatcher.expect(m -> m.text().startsWith("Trip " + tripNo + " ·")
                && m.text().contains("Choose a car"));
        dispatcher.tap(menu, "CAR-1 ·");
        return dispatcher.expect(m -> m.messageId() == menu.messageId() && m.text().contains("Choose a driver"));
    }

    @Test
    void manyAssignmentsAtTheSameInstantNeverDoubleBookACarOrADriver() throws Exception {
        Person by = people.find(dora.id()).orElseThrow();
        List<Long> drivers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            drivers.add(approved("Driver " + i, "Logistics", Role.DRIVER).id());
            fleet.saveVehicle("CAR-" + (10 + i), 4, "sedan");
        }
        List<Integer> morning = bookOverlapping("09:00");
        List<Integer> afternoon = bookOverlapping("14:00");

        // the same car, eight drivers: one trip gets it
        List<Object> sameCar = race(i -> () -> dispatch.assign(THURSDAY, morning.get(i), "CAR-1", drivers.get(i), by));
        assertThat(sameCar).filteredOn(Trip.class::isInstance).hasSize(1);
        assertThat(sameCar).filteredOn(r -> "car.vehicle-taken".equals(r)).hasSize(THREADS - 1);

        // eight cars, the same driver: one trip gets him
        List<Object> sameDriver = race(i -> () -> dispatch.assign(THURSDAY, afternoon.get(i), "CAR-" + (10 + i),
                wang.id(), by));
        assertThat(sameDriver).filteredOn(Trip.class::isInstance).hasSize(1);
        assertThat(sameDriver).filteredOn(r -> "car.driver-taken".equals(r)).hasSize(THREADS - 1);

        CarDay day = thursday();
        assertThat(day.trips()).filteredOn(t -> t.status() == TripStatus.ASSIGNED).hasSize(2);
        assertNoOverlaps(day);
    }

    /** Eight one-person requests leaving five minutes apart, to places that do not share a direction. */
    private List<Integer> bookOverlapping(String time) {
        List<Integer> numbers = new ArrayList<>();
        Instant start = Instant.parse("2026-12-03T" + time + ":00+08:00");
        for (int i = 0; i < THREADS; i++) {
            Person requester = people.find(approved("Rider " + time + " " + i, "IT").id()).orElseThrow();
            Instant departure = start.plusSeconds(300L * i);
            numbers.add(bookings.book(requester, new CarBookings.Request(THURSDAY, departure,
                    departure.plusSeconds(7200), "Place " + i, null, null, 1, "Errand"), "test:" + nextUpdateId()).booking().tripNo());
        }
        return numbers;
    }

    interface Attempt {
        Callable<Trip> of(int i);
    }

    /** Starts every attempt at the same moment; each result is the trip assigned or the refusal's key. */
    private static List<Object> race(Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<Trip> call = attempt.of(i);
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return call.call();
                    } catch (Refusal refusal) {
                        return refusal.key();
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertNoOverlaps(CarDay day) {
        List<Trip> assigned = day.trips().stream().filter(t -> t.status() == TripStatus.ASSIGNED).toList();
        for (Trip a : assigned) {
            for (Trip b : assigned) {
                if (a.no() < b.no() && a.overlaps(b.departure(), b.returnBy())) {
                    assertThat(a.plate()).as("trips %s and %s overlap", a.no(), b.no()).isNotEqualTo(b.plate());
                    assertThat(Objects.equals(a.driverId(), b.driverId()))
                            .as("trips %s and %s overlap", a.no(), b.no()).isFalse();
                }
            }
        }
    }

    @Test
    void aBookingCancelledWhileADispatcherAssignsItEndsCancelledWithTheCarFree() {
        Phone ann = approved("Ann Lee", "Finance");
        SentMessage mine = book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        SentMessage drivers = chooseCarThenDrivers(dora, 1);
        ann.tap(mine, "Cancel request #1");
        SentMessage sure = next(ann, "Cancel request #1 (");
        ann.tap(sure, "Yes, cancel it");
        ann.expect(m -> m.messageId() == sure.messageId() && m.text().contains("Request #1 is cancelled"));
        dora.tap(drivers, "Wang Driver");
        next(dora, "Trip 1 is cancelled");
        assertThat(booking(1).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(trip(1).status()).isEqualTo(TripStatus.CANCELLED);
        assertThat(trip(1).plate()).isNull();
        assertThat(wang.messages()).isEmpty();
    }

    @Test
    void aCancelAndAnAssignmentAtTheSameInstantAlwaysEndConsistent() throws Exception {
        Person by = people.find(dora.id()).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                Person requester = people.find(approved("Rider " + round, "IT").id()).orElseThrow();
                Instant departure = Instant.parse("2026-12-03T15:00:00+08:00");
                int no = bookings.book(requester, new CarBookings.Request(THURSDAY, departure,
                        departure.plusSeconds(3600), "Airport", null, "north", 1, "Errand"), "test:" + nextUpdateId()).booking().no();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Object> assign = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return dispatch.assign(THURSDAY, no, "CAR-1", wang.id(), by);
                    } catch (Refusal refusal) {
                        return refusal.key();
                    }
                });
                Future<Object> cancel = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    bookings.cancel(THURSDAY, no, requester);
                    return "cancelled";
                });
                Object assigned = assign.get(30, TimeUnit.SECONDS);
                assertThat(cancel.get(30, TimeUnit.SECONDS)).isEqualTo("cancelled");
                assertThat(assigned).satisfiesAnyOf(a -> assertThat(a).isInstanceOf(Trip.class),
                        a -> assertThat(a).isEqualTo("car.trip-cancelled"));
                assertThat(booking(no).status()).isEqualTo(BookingStatus.CANCELLED);
                assertThat(trip(no).status()).isEqualTo(TripStatus.CANCELLED);
                // whatever the order, the car and the driver are free again for the next round
                assertThat(thursday().vehicleBusy("CAR-1", departure, departure.plusSeconds(3600), -1)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
