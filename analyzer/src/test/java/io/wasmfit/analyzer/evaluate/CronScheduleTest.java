package io.wasmfit.analyzer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "0 0 3 * * *          | 0 0 3 * * *",
        "0 30 2 * * ?         | 0 30 2 * * *",
        "0 0 9 ? * 1-5        | 0 0 9 * * MON-FRI",
        "0 0 0 * * 0          | 0 0 0 * * SUN",
        "0 0 0 * * 7          | 0 0 0 * * SUN",
        "0 0 12 * * mon,wed   | 0 0 12 * * MON,WED",
        "0 */15 * * * *       | 0 */15 * * * *",
        "@daily               | 0 0 0 * * *",
        "@hourly              | 0 0 * * * *"})
    void springCronBecomesSpinCronWithDayNames(String spring, String spin) {
        CronSchedule s = CronSchedule.fromSpringCron(spring);
        assertThat(s.cron()).isEqualTo(spin);
        assertThat(s.note()).isNull();
    }

    @ParameterizedTest(name = "{0} {1} (delay {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
        "60000   | MILLISECONDS | false | 0 */1 * * * *",
        "5000    |              | false | */5 * * * * *",
        "15      | MINUTES      | false | 0 */15 * * * *",
        "2       | HOURS        | true  | 0 0 */2 * * *",
        "1       | DAYS         | false | 0 0 0 * * *",
        "7000    |              | false | */6 * * * * *"})
    void intervalsBecomeEveryNExpressions(long amount, String unit, boolean delay, String spin) {
        CronSchedule s = CronSchedule.fromInterval(amount, unit, delay);
        assertThat(s.cron()).isEqualTo(spin);
        assertThat(s.note()).startsWith("converted from a " + (delay ? "fixed delay" : "fixed rate"));
    }

    @org.junit.jupiter.api.Test
    void anIntervalThatDoesNotDivideAMinuteIsApproximatedAndSaysSo() {
        assertThat(CronSchedule.fromInterval(7000, null, false).note()).contains("approximated to every 6s");
    }

    @org.junit.jupiter.api.Test
    void unsupportedSpecialCharactersAreKeptWithANote() {
        CronSchedule s = CronSchedule.fromSpringCron("0 0 0 L * *");
        assertThat(s.cron()).isEqualTo("0 0 0 L * *");
        assertThat(s.note()).contains("not supported by Spin's cron trigger");
        assertThat(CronSchedule.fromSpringCron("0 0 *").cron()).isNull();
    }
}
