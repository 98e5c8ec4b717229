using EduGov.Platform.Data;
using Microsoft.Extensions.Configuration;

namespace EduGov.Platform.Modules;

/// <summary>What a module needs to know when it registers its services.</summary>
public sealed record PlatformSetup(IConfiguration Configuration, DatabaseSettings Database);
