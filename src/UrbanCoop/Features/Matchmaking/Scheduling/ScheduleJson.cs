using System.Text.Json.Serialization;

namespace UrbanCoop.Features.Matchmaking.Scheduling;

// Source-generated, so the CLI verb starts without reflection-based serializer warm-up.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ScheduleInput))]
[JsonSerializable(typeof(ScheduleOutput))]
internal sealed partial class ScheduleJson : JsonSerializerContext;
