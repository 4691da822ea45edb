package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** A day typed as month-day means the nearest such day: yesterday is in the past, not next year. */
class TypedPastDaysTest extends MealTestSupport {

    @Test
    void aCookAskingForYesterdaysHeadcountGetsYesterdayNotNextYear() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone chen = cook("Chen Cook");
        at("2027-03-03T08:00");
        register(ann, "today", "Lunch");

        moveTo("2027-03-04T10:00");
        chen.send("/headcount 03-03");
        SentMessage headcount = chen.expect(m -> m.text().contains("03-03"));
        // 2027-03-03 is a Wednesday; next year's 03-03 would be a Friday with nobody registered
        assertThat(headcount.text()).contains("Wed").doesNotContain("Fri").contains("Finance");
    }

    @Test
    void aMealForAPastDayIsRefusedAsPastNotAsTooFarAhead() {
        Phone ann = approved("Ann Lee", "Finance");
        at("2027-03-04T08:00");
        ann.send("/meal 03-01");
        assertThat(ann.expect(m -> m.text().contains("03-01")).text()).contains("has already passed")
                .doesNotContain("too far");
    }
}
