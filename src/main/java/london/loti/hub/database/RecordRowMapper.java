package london.loti.hub.database;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.InvalidResultSetAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row to a record by its components' names: {@code organisationId} from the column {@code organisation_id}
 * (or {@code organisationid}). Columns are found once per row from the result's metadata. Spring's own mappers
 * try {@code ResultSet.findColumn} with the component name first, which the PostgreSQL driver answers with an
 * exception for every snake_case column of every row — most of the cost of a 100-row page.
 */
final class RecordRowMapper<T> implements RowMapper<T> {

    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private final Constructor<T> constructor;
    private final String[] names;
    private final String[] underscoredNames;
    private final TypeDescriptor[] types;

    RecordRowMapper(Class<T> record) {
        this.constructor = BeanUtils.getResolvableConstructor(record);
        this.names = BeanUtils.getParameterNames(constructor);
        this.underscoredNames = new String[names.length];
        this.types = new TypeDescriptor[names.length];
        for (int i = 0; i < names.length; i++) {
            underscoredNames[i] = JdbcUtils.convertPropertyNameToUnderscoreName(names[i]);
            types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
        }
    }

    @Override
    public T mapRow(ResultSet rs, int rowNumber) throws SQLException {
        Map<String, Integer> columns = columns(rs.getMetaData());
        Object[] args = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Integer index = columns.get(underscoredNames[i]);
            if (index == null) {
                index = columns.get(names[i].toLowerCase());
            }
            if (index == null) {
                throw new InvalidResultSetAccessException(new SQLException("The query has no column " + underscoredNames[i]
                        + " for " + constructor.getDeclaringClass().getSimpleName() + "." + names[i]));
            }
            Object value = JdbcUtils.getResultSetValue(rs, index, types[i].getType());
            args[i] = CONVERSION.convert(value, types[i]);
        }
        return BeanUtils.instantiateClass(constructor, args);
    }

    private static Map<String, Integer> columns(ResultSetMetaData metadata) throws SQLException {
        int count = metadata.getColumnCount();
        Map<String, Integer> columns = new HashMap<>(count * 2);
        for (int index = 1; index <= count; index++) {
            columns.putIfAbsent(JdbcUtils.lookupColumnName(metadata, index).toLowerCase(), index);
        }
        return columns;
    }
}
