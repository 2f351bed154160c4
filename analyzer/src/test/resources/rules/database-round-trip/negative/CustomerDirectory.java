package fx;

import java.util.List;

// an in-memory directory that only looks like a repository
public class CustomerDirectory {

    public List<String> findAll() {
        return List.of("ada", "bob");
    }
}
