using Ironbark.Server.Hosting;

return args.Length > 0 && args[0] == "server"
    ? ServerCommand.Run(args[1..], Console.Out, Console.Error)
    : 2;
