using Microsoft.Data.Sqlite;

namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>The sample ATS's SQLite file: created with its tables on first use, so a restart keeps every record.</summary>
public sealed class AtsDatabase
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS customers (id TEXT PRIMARY KEY, client_id TEXT, client_secret TEXT, previous_client_id TEXT,
            previous_client_secret TEXT, application_urn TEXT, organization TEXT, contracts TEXT NOT NULL DEFAULT '', callback_url TEXT);
        CREATE TABLE IF NOT EXISTS users (customer_id TEXT NOT NULL, seat TEXT NOT NULL, name TEXT NOT NULL, member TEXT NOT NULL,
            PRIMARY KEY (customer_id, seat));
        CREATE TABLE IF NOT EXISTS jobs (customer_id TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, is_open INTEGER NOT NULL,
            synced INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (customer_id, id));
        CREATE TABLE IF NOT EXISTS candidates (customer_id TEXT NOT NULL, id TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT,
            email TEXT, member TEXT, headline TEXT, profile_url TEXT, source TEXT NOT NULL, created_at INTEGER NOT NULL,
            PRIMARY KEY (customer_id, id));
        CREATE TABLE IF NOT EXISTS applications (customer_id TEXT NOT NULL, job_id TEXT NOT NULL, candidate_id TEXT NOT NULL,
            stage TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (customer_id, job_id, candidate_id));
        CREATE TABLE IF NOT EXISTS inmails (customer_id TEXT NOT NULL, viewer TEXT NOT NULL, thread TEXT NOT NULL, id TEXT NOT NULL,
            created_at INTEGER NOT NULL, author TEXT NOT NULL, recipients TEXT NOT NULL, subject TEXT, body TEXT,
            PRIMARY KEY (customer_id, viewer, thread, id, created_at));
        CREATE TABLE IF NOT EXISTS notes (customer_id TEXT NOT NULL, id TEXT NOT NULL, owner TEXT, member TEXT, text TEXT,
            last_modified_at INTEGER NOT NULL, PRIMARY KEY (customer_id, id));
        """;

    private readonly string _connectionString;

    /// <summary>Opens (and on first use creates) the database file at <paramref name="path"/>.</summary>
    public AtsDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        using SqliteConnection connection = Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>An open connection; dispose it.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs a statement with parameters (<c>$name</c>) and returns the rows changed.</summary>
    public async Task<int> ExecuteAsync(string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = Open();
        await using SqliteCommand command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Reads rows with parameters (<c>$name</c>), each mapped by <paramref name="map"/>.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> map, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = Open();
        await using SqliteCommand command = Command(connection, sql, parameters);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
