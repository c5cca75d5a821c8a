import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { LoginAttempts } from './login-attempts';

@Module({ controllers: [AuthController], providers: [{ provide: LoginAttempts, useFactory: () => new LoginAttempts() }] })
export class AuthModule {}
