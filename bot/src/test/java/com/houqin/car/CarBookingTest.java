package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** A request for a car, from /car to a car and a driver, as the people involved see it. */
class CarBookingTest extends CarTest {

    @Test
    void anEmployeeBooksADispatcherAssignsAndEveryoneIsTold() {
        Phone ann = approved("Ann Lee", "Finance");
        SentMessage card = book(ann, "Tomorrow", "09:30", "Airport", "11:30", "3", "Audit at the airport office");
        assertThat(card.text()).contains("Car request #1").contains("09:30 → Airport, back by 11:30")
                .contains("Waiting for a dispatcher");
        assertThat(card.buttonLabels()).contains("✖ Cancel request #1");
        Booking stored = booking(1);
        assertThat(stored.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(stored.passengers()).isEqualTo(3);
        assertThat(stored.direction()).isEqualTo("north");
        assertThat(stored.departure()).isEqualTo("2026-12-03T01:30:00Z");

        SentMessage request = card(1);
        assertThat(request.text()).contains("Ann Lee (Finance)").contains("Audit at the airport office")
                .contains("Waiting for a car and a driver");
        dora.send("/cars tomorrow");
        SentMessage day = next(dora, "Cars — 2026-12-03 Thu");
        assertThat(day.text()).contains("CAR-1 (Sedan, 4 seats)\n• free all day")
                .contains("Waiting for a car (1):\n• 09:30 · trip 1 · 👥 3 → Airport · Ann Lee");
        dora.tap(day, "Trip 1 ⏳");
        assertThat(next(dora, "🚗 Trip 1 ·").buttonLabels()).contains("🚗 Assign car and driver");
        dora.tap(request, "Assign car and driver");
        SentMessage menu = next(dora, "Choose a car");
        assertThat(menu.buttonLabels()).contains("⚡ CAR-1 + Li Driver");
        dora.tap(menu, "CAR-1 ·");
        SentMessage drivers = dora.expect(m -> m.messageId() == menu.messageId() && m.text().contains("Choose a driver"));
        dora.tap(drivers, "Wang Driver");
        dora.expect(m -> m.messageId() == menu.messageId() && m.text().contains("Trip 1 assigned"));

        SentMessage approved = next(ann, "Your car is confirmed");
        assertThat(approved.text()).contains("request #1").contains("Leave at 09:30 → Airport")
                .contains("CAR-1 (Sedan, 4 seats)").contains("Wang Driver");
        ann.expect(m -> m.messageId() == card.messageId() && m.text().contains("Approved: car CAR-1"));
        SentMessage task = next(wang, "New trip for you");
        assertThat(task.text()).contains("trip 1").contains("Ann Lee (Finance)").contains("back by 11:30");
        dora.expect(m -> m.messageId() == request.messageId() && m.text().contains("assigned by Dora Dispatcher")
                && m.buttonLabels().equals(java.util.List.of("🕘 Change time")));

        Trip trip = trip(1);
        assertThat(trip.status()).isEqualTo(TripStatus.ASSIGNED);
        assertThat(trip.plate()).isEqualTo("CAR-1");
        assertThat(trip.driverId()).isEqualTo(wang.id());
        assertThat(booking(1).status()).isEqualTo(BookingStatus.APPROVED);

        // a stale copy of the card's buttons is answered with what became of the trip
        dora.tap(request, "Assign car and driver");
        next(dora, "Trip 1 was already assigned by Dora Dispatcher: CAR-1, driver Wang Driver");

        ann.send("/my");
        assertThat(next(ann, "Car request #1").text()).contains("CAR-1").contains("Wang Driver");
        dora.send("/cars tomorrow");
        assertThat(next(dora, "Cars —").text()).contains("09:30–11:30 · trip 1 · Wang Driver");
    }

    @Test
    void badAnswersAreExplainedAndNothingIsLost() {
        Phone ann = approved("Ann Lee", "Finance");
        ann.send("/car");
        next(ann, "Which day?");
        ann.send("2026-12-01");
        next(ann, "That day has passed");
        ann.send("12-01"); // yesterday, not a year ahead
        next(ann, "That day has passed");
        ann.send("someday");
        next(ann, "could not read that date");
        ann.send("明天");
        next(ann, "What time do you leave");
        ann.send("late morning");
        next(ann, "could not read that time");
        ann.send("9:30");
        next(ann, "Where to?");
        ann.send("North hospital");
        next(ann, "When will you be back?");
        ann.send("9:00");
        next(ann, "not after your departure at 09:30");
        ann.send("下午3点");
        next(ann, "How many people travel");
        ann.send("0");
        next(ann, "At least one person");
        ann.send("80");
        next(ann, "Our largest car seats 7");
        ann.send("three");
        next(ann, "type the number of people");
        ann.sendSticker();
        next(ann, "Please tap one of the buttons below, or type your answer");
        ann.send("5人");
        next(ann, "What is the trip for?");
        ann.send("Ward visit");
        SentMessage summary = next(ann, "Please check your car request");
        assertThat(summary.text()).contains("Tomorrow 2026-12-03").contains("Leave at 09:30, back by 15:00")
                .contains("North hospital").contains("👥 5");
        ann.tap(summary, "Confirm");
        next(ann, "Car request #1");
        Booking stored = booking(1);
        assertThat(stored.departure()).isEqualTo("2026-12-03T01:30:00Z");
        assertThat(stored.returnBy()).isEqualTo("2026-12-03T07:00:00Z");
        assertThat(stored.passengers()).isEqualTo(5);
        assertThat(stored.destination()).isEqualTo("North hospital");
        assertThat(stored.direction()).isEqualTo("north");
    }

    @Test
    void aDepartureThatPassesWhileTheFormIsOpenIsAskedAgainAndTheRestKept() {
        Phone ann = approved("Ann Lee", "Finance");
        ann.send("/car");
        answer(ann, "Which day?", "Today");
        answer(ann, "What time do you leave", "8:20");
        answer(ann, "Where to?", "Airport");
        answer(ann, "When will you be back?", "11:00");
        answer(ann, "How many people travel", "2");
        answer(ann, "What is the trip for?", "Client pick-up");
        SentMessage summary = next(ann, "Please check your car request");
        moveClockTo(WEDNESDAY_8AM.plusSeconds(25 * 60)); // 08:25: the departure has passed, the form is still open
        ann.tap(summary, "Confirm");
        next(ann, "passed while the form was open");
        answer(ann, "What time do you leave", "10:00");
        SentMessage again = next(ann, "Please check your car request");
        assertThat(again.text()).contains("Leave at 10:00, back by 11:00").contains("Airport")
                .contains("Client pick-up");
        ann.tap(again, "Confirm");
        next(ann, "Car request #1");
        assertThat(days.load(THURSDAY.minusDays(1)).booking(1).orElseThrow().departure())
                .isEqualTo("2026-12-02T02:00:00Z");
    }

    @Test
    void aRequesterCannotUseTheDispatchersButtonsAndForgedButtonsChangeNothing() {
        Phone ann = approved("Ann Lee", "Finance");
        book(ann, "Tomorrow", "09:30", "Airport", "11:30", "1", "Bank");
        SentMessage request = card(1);
        // Ann replays the data of the dispatcher's buttons from her own chat
        SentMessage own = new SentMessage(ann.id(), 1, "sendmessage", api.json().createObjectNode(), List.of());
        ann.tapData(own, request.buttonData("Assign car and driver"));
        next(ann, "only for: Dispatcher");
        ann.tapData(own, request.buttonData("Pool") == null ? request.buttonData("Decline") : request.buttonData("Pool"));
        next(ann, "only for: Dispatcher");
        ann.tapData(own, "AAAAAAAAAAAA");
        next(ann, "This button has expired");
        assertThat(trip(1).status()).isEqualTo(TripStatus.WAITING);
        assertThat(booking(1).status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void aDispatcherDeclinesWithAReasonTheRequesterReadsInTheirLanguage() {
        Phone mei = stranger("Mei", "zh-hans");
        mongo.insert(com.houqin.people.Person.approved(mei.id(), "王梅", "Finance",
                java.util.Set.of(com.houqin.people.Role.EMPLOYEE), clock.instant(), ADMIN_ID));
        people.setLanguage(mei.id(), com.houqin.i18n.Language.ZH_HANS);
        mei.send("/car");
        answer(mei, "哪一天", "明天");
        answer(mei, "几点出发", "14:00");
        answer(mei, "去哪里", "Railway station");
        answer(mei, "几点回来", "16:00");
        answer(mei, "几人乘车", "2");
        answer(mei, "用车事由", "接站");
        mei.tap(next(mei, "请核对"), "确认");
        SentMessage card = next(mei, "用车申请 #1");

        dora.tap(card(1), "Decline");
        SentMessage reasons = next(dora, "Why is request #1 (王梅) declined?");
        dora.tap(reasons, "No driver is free");
        next(dora, "Request #1 declined");

        SentMessage told = next(mei, "未获 Dora Dispatcher 批准");
        assertThat(told.text()).contains("该时段没有空闲司机");
        mei.expect(m -> m.messageId() == card.messageId() && m.text().contains("未批准") && m.keyboard().isEmpty());
        assertThat(booking(1).status()).isEqualTo(BookingStatus.REJECTED);
        assertThat(trip(1).status()).isEqualTo(TripStatus.CANCELLED);
    }

    @Test
    void aRequesterCancelsAWaitingRequest() {
        Phone ann = approved("Ann Lee", "Finance");
        SentMessage card = book(ann, "Tomorrow", "09:30", "Airport", "11:30", "1", "Bank");
        SentMessage request = card(1);
        ann.tap(card, "Cancel request #1");
        SentMessage sure = next(ann, "Cancel request #1");
        ann.tap(sure, "Yes, cancel it");
        ann.expect(m -> m.messageId() == sure.messageId() && m.text().contains("Request #1 is cancelled"));
        ann.expect(m -> m.messageId() == card.messageId() && m.text().contains("Cancelled.") && m.keyboard().isEmpty());
        dora.expect(m -> m.messageId() == request.messageId() && m.text().contains("(cancelled)")
                && m.keyboard().isEmpty());
        assertThat(booking(1).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(trip(1).status()).isEqualTo(TripStatus.CANCELLED);
        ann.tap(sure, "Yes, cancel it");
        next(ann, "Request #1 is already cancelled");
    }
}
