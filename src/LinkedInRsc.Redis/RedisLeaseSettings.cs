using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Redis;

/// <summary>What every leased engine of one service provider shares: the claims, key names, lease length, clock and log.</summary>
internal sealed record RedisLeaseSettings(RedisClaims Claims, RedisKeys Keys, TimeSpan Length, TimeProvider Time, RedisAvailability Availability, ILogger Logger);
