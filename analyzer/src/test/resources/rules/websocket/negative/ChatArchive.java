package fx;

import java.util.List;

public class ChatArchive {

    private final List<String> lines = List.of("hi");

    public String status() {
        return lines.size() + " lines";
    }
}
