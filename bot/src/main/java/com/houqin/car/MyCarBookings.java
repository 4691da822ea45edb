package com.houqin.car;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.MySection;
import com.houqin.telegram.Outgoing;

/** My car bookings in /my: each with where it stands, car, driver, fellow riders, and Cancel. */
@Component
class MyCarBookings implements MySection {

    private final CarBookings bookings;
    private final BookingCards cards;
    private final Clock clock;

    MyCarBookings(CarBookings bookings, BookingCards cards, Clock clock) {
        this.bookings = bookings;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Outgoing> render(Incoming in) {
        return bookings.upcoming(in.userId()).stream()
                .map(m -> cards.card(in.language(), m.day(), m.booking(), clock.instant())).toList();
    }
}
