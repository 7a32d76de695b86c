package bench.minimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "item")
public class Item {

    @Id
    private String id;

    private String name;

    public String getName() {
        return name;
    }
}
