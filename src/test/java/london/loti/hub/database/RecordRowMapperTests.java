package london.loti.hub.database;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RecordRowMapperTests {

    enum Kind { LONDON_AUTHORITY }

    record Row(long organisationId, String name, Kind kind, Boolean inner, OffsetDateTime createdAt) {
    }

    @Test
    void mapsSnakeCaseColumnsByMetadataWithoutAskingTheDriverToFindThem() throws SQLException {
        ResultSet rs = resultSet("organisation_id", "name", "kind", "inner", "created_at");
        when(rs.getLong(1)).thenReturn(7L);
        when(rs.getString(2)).thenReturn("Camden");
        when(rs.getString(3)).thenReturn("LONDON_AUTHORITY");
        when(rs.getBoolean(4)).thenReturn(true);
        when(rs.getObject(5, OffsetDateTime.class)).thenReturn(null);
        when(rs.findColumn(anyString())).thenThrow(new SQLException("findColumn is what made pages slow"));

        assertThat(new RecordRowMapper<>(Row.class).mapRow(rs, 0))
                .isEqualTo(new Row(7L, "Camden", Kind.LONDON_AUTHORITY, true, null));
    }

    @Test
    void aMissingColumnIsNamed() throws SQLException {
        ResultSet rs = resultSet("organisation_id");
        assertThatThrownBy(() -> new RecordRowMapper<>(Row.class).mapRow(rs, 0))
                .hasMessageContaining("no column name for Row.name");
    }

    private static ResultSet resultSet(String... columns) throws SQLException {
        ResultSet rs = mock(ResultSet.class);
        ResultSetMetaData metadata = mock(ResultSetMetaData.class);
        when(rs.getMetaData()).thenReturn(metadata);
        when(metadata.getColumnCount()).thenReturn(columns.length);
        for (int i = 0; i < columns.length; i++) {
            when(metadata.getColumnLabel(i + 1)).thenReturn(columns[i]);
        }
        return rs;
    }
}
