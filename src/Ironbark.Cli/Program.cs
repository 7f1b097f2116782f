using Ironbark.Cli.Euca2ools;
using Ironbark.Server.Hosting;

// A symlink named after a euca2ools command (see install-links) runs that command directly.
var argv0 = Euca2oolsDispatcher.InvokedAs();
var invocation = new[] { argv0 }.Concat(args).ToArray();
if (Path.GetFileName(argv0) != "ironbark" && Euca2oolsDispatcher.TryRun(argv0, args, invocation, out var linkedExit))
{
    return linkedExit;
}

if (args.Length > 0 && args[0] == "server")
{
    return ServerCommand.Run(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "install-links")
{
    return Euca2oolsDispatcher.InstallLinks(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && Euca2oolsDispatcher.TryRun(args[0], args[1..], invocation, out var commandExit))
{
    return commandExit;
}

Console.Error.WriteLine("usage: ironbark server [--listen HOST:PORT] [--data DIR] [--postgres CONNSTRING]");
Console.Error.WriteLine("       ironbark install-links DIR");
Console.Error.WriteLine("       ironbark COMMAND [ARGS...]   where COMMAND is one of:");
foreach (var name in Euca2oolsDispatcher.CommandNames)
{
    Console.Error.WriteLine("           " + name);
}

if (args.Length > 0)
{
    Console.Error.WriteLine($"ironbark: error: unknown command '{args[0]}'");
}

return 2;
