package fx;

public class OwnScheduled {

    // an annotation named Scheduled that is not Spring's
    @Scheduled("nightly")
    public void nightly() {
    }

    @interface Scheduled {
        String value();
    }
}
