package id.go.merangin.sapo.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The phones' side of HTTP/1.1, as lean as the generator must be on the server's own machine: one Netty event loop
 * thread, keep-alive connections reused while they are idle, a new one opened when none is (up to
 * {@code maxConnections}; beyond that a request waits for the next free one, and that wait counts in its latency),
 * a request body sent from the bytes prepared before the phase without copying. The JDK's HttpClient spent about
 * half a millisecond of CPU per check-in here, CPU the server then lacked.
 */
public final class PhoneClient implements AutoCloseable {

    private static final AttributeKey<Pending> PENDING = AttributeKey.valueOf("sapo.pending");
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    /** What came back: the status, the Retry-After header if any, and the body. */
    public record Answer(int status, Optional<String> retryAfter, String body) {}

    /** A POST to send: its path, its headers and its body's parts. */
    public record Post(String path, Map<String, String> headers, byte[]... body) {}

    private record Pending(Post post, CompletableFuture<Answer> answer, ScheduledFuture<?> timeout) {}

    private record Waiting(Post post, CompletableFuture<Answer> answer) {}

    private final EventLoopGroup loop;
    private final Bootstrap bootstrap;
    private final String hostHeader;
    private final Duration timeout;
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final LongAdder opened = new LongAdder();
    private final ConcurrentLinkedDeque<Channel> idle = new ConcurrentLinkedDeque<>();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    public PhoneClient(URI server, Duration timeout, int maxConnections) {
        this.timeout = timeout;
        this.maxConnections = maxConnections;
        this.hostHeader = server.getHost() + ":" + server.getPort();
        boolean epoll = Epoll.isAvailable();
        this.loop = new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .remoteAddress(server.getHost(), server.getPort())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(
                                        new HttpClientCodec(),
                                        new HttpObjectAggregator(MAX_ANSWER_BYTES),
                                        new AnswerHandler());
                    }
                });
    }

    /** Sends {@code post} on an idle connection, a new one, or the next to come free; completes with its answer. */
    public CompletableFuture<Answer> send(Post post) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Channel channel;
        while ((channel = idle.pollFirst()) != null) {
            if (channel.isActive()) {
                write(channel, post, answer);
                return answer;
            }
        }
        if (open.incrementAndGet() <= maxConnections) {
            connect(post, answer);
        } else {
            open.decrementAndGet();
            waiting.add(new Waiting(post, answer));
            // a connection may have come free (or closed) between the looks above and the queueing
            Channel freed = idle.pollFirst();
            if (freed != null) {
                release(freed);
            }
        }
        return answer;
    }

    private void connect(Post post, CompletableFuture<Answer> answer) {
        opened.increment();
        bootstrap.connect().addListener(connected -> {
            if (connected.isSuccess()) {
                Channel channel = ((io.netty.channel.ChannelFuture) connected).channel();
                channel.closeFuture().addListener(closed -> closed());
                write(channel, post, answer);
            } else {
                open.decrementAndGet();
                answer.completeExceptionally(connected.cause());
            }
        });
    }

    private void write(Channel channel, Post post, CompletableFuture<Answer> answer) {
        ScheduledFuture<?> timer = channel.eventLoop()
                .schedule(
                        () -> {
                            Pending late = channel.attr(PENDING).getAndSet(null);
                            if (late != null) {
                                late.answer().completeExceptionally(new TimeoutException("no answer in " + timeout));
                                channel.close();
                            }
                        },
                        timeout.toMillis(),
                        TimeUnit.MILLISECONDS);
        channel.attr(PENDING).set(new Pending(post, answer, timer));
        channel.writeAndFlush(request(post)).addListener(written -> {
            if (!written.isSuccess()) {
                fail(channel, written.cause());
            }
        });
    }

    private FullHttpRequest request(Post post) {
        FullHttpRequest request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, post.path(), Unpooled.wrappedBuffer(post.body()));
        request.headers().set(HttpHeaderNames.HOST, hostHeader);
        post.headers().forEach((name, value) -> request.headers().set(name, value));
        HttpUtil.setContentLength(request, request.content().readableBytes());
        return request;
    }

    /** A connection whose answer came: the next waiting request takes it, or it goes back to the idle ones. */
    private void release(Channel channel) {
        Waiting next = waiting.poll();
        if (next != null) {
            write(channel, next.post(), next.answer());
        } else {
            idle.addFirst(channel);
        }
    }

    private void closed() {
        open.decrementAndGet();
        Waiting next = waiting.poll();
        if (next != null) {
            if (open.incrementAndGet() <= maxConnections) {
                connect(next.post(), next.answer());
            } else {
                open.decrementAndGet();
                waiting.add(next);
            }
        }
    }

    private static void fail(Channel channel, Throwable cause) {
        Pending pending = channel.attr(PENDING).getAndSet(null);
        if (pending != null) {
            pending.timeout().cancel(false);
            pending.answer().completeExceptionally(cause);
        }
        channel.close();
    }

    private final class AnswerHandler extends SimpleChannelInboundHandler<FullHttpResponse> {

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
            Pending pending = context.channel().attr(PENDING).getAndSet(null);
            if (pending == null) {
                return;
            }
            pending.timeout().cancel(false);
            Answer answer = new Answer(
                    response.status().code(),
                    Optional.ofNullable(response.headers().get(HttpHeaderNames.RETRY_AFTER)),
                    response.content().toString(StandardCharsets.UTF_8));
            if (HttpUtil.isKeepAlive(response)) {
                release(context.channel());
            } else {
                context.close();
            }
            pending.answer().complete(answer);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            fail(context.channel(), new IOException("connection closed by the server"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            fail(context.channel(), cause);
        }
    }

    /** Connections opened so far: a new one for each request means the server closes them after answering. */
    public long connectionsOpened() {
        return opened.sum();
    }

    @Override
    public void close() {
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
