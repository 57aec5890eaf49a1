package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void labelsADateByYearQuarterOrMonth() {
        assertThat(List.of(
                        Period.YEAR.of("2024-07-08"),
                        Period.QUARTER.of("2024-07-08"),
                        Period.MONTH.of("2024-07-08"),
                        Period.QUARTER.of("2024-12"),
                        Period.QUARTER.of("2023-01-31"),
                        Period.YEAR.of("2025")))
                .containsExactly(
                        Optional.of("2024"),
                        Optional.of("2024-Q3"),
                        Optional.of("2024-07"),
                        Optional.of("2024-Q4"),
                        Optional.of("2023-Q1"),
                        Optional.of("2025"));
    }

    @Test
    void leavesOutDatesThatAreEmptyMalformedOrLessPreciseThanThePeriod() {
        assertThat(List.of(
                        Period.YEAR.of(""),
                        Period.QUARTER.of("2025"),
                        Period.MONTH.of("2025"),
                        Period.MONTH.of("2024-13"),
                        Period.YEAR.of("July 2024")))
                .containsOnly(Optional.empty());
    }

    @Test
    void startsEachPeriodOnItsFirstDay() {
        assertThat(List.of(
                        Period.YEAR.start("2024"),
                        Period.QUARTER.start("2024-Q1"),
                        Period.QUARTER.start("2024-Q4"),
                        Period.MONTH.start("2024-07")))
                .containsExactly("2024-01-01", "2024-01-01", "2024-10-01", "2024-07-01");
    }
}
