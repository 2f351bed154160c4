package fx;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BookRepository extends JpaRepository<Object, Long> {
}
